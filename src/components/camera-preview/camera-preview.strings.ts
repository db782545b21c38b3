import { textsWith } from '../../i18n/strings.js';

/** The texts <camera-preview> shows, in English; `setStrings()` replaces them. */
export const previewStrings = {
  previewLabel: 'Camera preview',
  startingCamera: 'Starting camera…',
  cameraOn: 'Camera on',
  cameraOff: 'Camera off',
  retry: 'Try again',
  noFrames: 'No picture from the camera',
  flipCamera: 'Switch camera',
  tapToPlay: 'Tap to show the camera',
  deniedHelpChrome:
    'To allow it: click the icon at the left of the address bar, open the site settings, set Camera to “Allow”, then come back to this page.',
  deniedHelpFirefox:
    'To allow it: click the crossed-out camera icon in the address bar, clear the “Blocked” permission, then try again.',
  deniedHelpSafari:
    'To allow it: open Safari › Settings for this website (or Settings › Websites › Camera), choose “Allow”, then try again.',
  deniedHelpOther: 'To allow it: open this site’s settings in your browser and allow the camera, then try again.',
} satisfies Record<string, string>;

/** The texts in force (defaults, then what `setStrings()` gave). */
export const previewTexts = /* @__PURE__ */ textsWith(previewStrings);
