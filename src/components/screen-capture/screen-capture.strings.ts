import { textsWith } from '../../i18n/strings.js';

/** The texts <screen-capture> shows, in English; `setStrings()` replaces them. */
export const screenStrings = {
  shareScreen: 'Share screen',
  stopSharing: 'Stop sharing',
  screenPreviewLabel: 'What you are sharing',
  notSharing: 'Not sharing',
  choosingScreen: 'Choose what to share in the browser’s window…',
  sharingMonitor: 'Sharing your screen',
  sharingWindow: 'Sharing a window',
  sharingBrowser: 'Sharing a tab',
  sharingUnknown: 'Sharing',
  sharingNamed: '{what}: {label}',
  sharingStopped: 'Screen sharing stopped.',
  takeScreenshot: 'Take screenshot',
  screenshotTaken: 'Screenshot taken',
  cameraBubble: 'Camera in recordings',
  cropUnsupported: 'This browser cannot crop the shared tab: the whole tab is shared.',
  cropTargetMissing: 'Nothing to crop to: no element with id “{id}” on the page. The whole tab is shared.',
  cropNotATab: 'Cropping needs this page’s own tab to be shared: the whole {what} is shared.',
  errorScreenCancelled: 'Screen sharing was cancelled.',
  errorScreenPermissionDenied:
    'Screen sharing was blocked by the system. Allow this browser to record the screen in the system’s privacy settings, then try again.',
  errorScreenBlockedByPolicy:
    'Screen sharing is not allowed here: the site that embeds this page must allow it (allow="display-capture").',
  errorScreenUnsupported: 'This browser cannot share the screen (most phones cannot). Use a desktop browser.',
  errorScreenInsecureContext: 'Screen sharing is only available on a secure page (https:// or localhost).',
  errorScreenNotFound: 'There is no screen, window or tab to share.',
  errorScreenNeedsGesture: 'Screen sharing starts from a click: press “Share screen”.',
  errorScreenDeviceInUse: 'The screen could not be shared ({detail}). Try again.',
  errorScreenAborted: 'Screen sharing was interrupted. Try again.',
  errorScreenInvalidArgument: 'Screen sharing could not start: {detail}',
  errorScreenOverconstrained: 'The screen cannot be shared with the “{constraint}” asked for.',
  errorScreenNotLive: 'Share the screen before taking a screenshot.',
  errorScreenUnknown: 'Screen sharing failed unexpectedly ({detail}). Try again.',
} satisfies Record<string, string>;

/** The texts in force (defaults, then what `setStrings()` gave). */
export const screenTexts = /* @__PURE__ */ textsWith(screenStrings);
