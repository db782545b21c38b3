import { executeServerCommand } from '@web/test-runner-commands';

/** Sets the page's camera and microphone permission in the browser, without a reload (Chromium). */
export const setMediaPermission = (setting: 'granted' | 'denied' | 'prompt'): Promise<unknown> =>
  executeServerCommand('set-media-permission', { setting });
