/**
 * Every text a person reads, in one table. A page localises the kit by passing its own
 * texts to `setStrings()`; `{name}` placeholders are filled in by `formatString()`.
 */
export const defaultStrings = {
  camera: 'camera',
  microphone: 'microphone',
  cameraAndMicrophone: 'camera and microphone',

  errorPermissionDenied:
    'Access to the {device} was blocked. Allow it in the browser’s site settings, then try again.',
  errorNotFound: 'No {device} was found. Connect one, then try again.',
  errorDeviceInUse:
    'The {device} could not be started. Another app or tab may be using it: close it, then try again.',
  errorOverconstrained:
    'The {device} cannot provide the requested “{constraint}”. Choose another value or device.',
  errorInsecureContext:
    'The {device} is only available on a secure page (https:// or localhost).',
  errorUnsupported: 'This browser cannot use a {device}.',
  errorAborted: 'Starting the {device} was interrupted. Try again.',
  errorTrackEnded:
    'The {device} stopped: it may have been unplugged or its permission withdrawn. Reconnect it, then try again.',
  errorInvalidArgument: 'Invalid input: {detail}',
  errorUnknown: 'The {device} failed unexpectedly ({detail}). Try again.',
  errorDestroyed: 'This capture store has been destroyed; create a new one.',

  noticeDeviceGone: 'The chosen device “{label}” is no longer available; using the default one.',

  previewLabel: 'Camera preview',
  startCamera: 'Turn on camera',
  startingCamera: 'Starting camera…',
  cameraOn: 'Camera on',
  cameraOff: 'Camera off',
  retry: 'Try again',
  noFrames: 'No picture from the camera',
  flipCamera: 'Switch camera',
  deniedHelpChrome:
    'To allow it: click the icon at the left of the address bar, open the site settings, set Camera to “Allow”, then come back to this page.',
  deniedHelpFirefox:
    'To allow it: click the crossed-out camera icon in the address bar, clear the “Blocked” permission, then try again.',
  deniedHelpSafari:
    'To allow it: open Safari › Settings for this website (or Settings › Websites › Camera), choose “Allow”, then try again.',
  deniedHelpOther: 'To allow it: open this site’s settings in your browser and allow the camera, then try again.',

  cameraPickerLabel: 'Camera',
  microphonePickerLabel: 'Microphone',
  speakerPickerLabel: 'Speaker',
  unnamedCamera: 'Camera {n}',
  unnamedMicrophone: 'Microphone {n}',
  unnamedSpeaker: 'Speaker {n}',
  showDeviceNames: 'Allow access to see device names',
  noDevices: 'No device of this kind was found.',
  sinkUnsupported: 'This browser cannot choose where sound plays.',

  panelPresets: 'Resolution',
  panelControls: 'Capabilities',
  panelSettings: 'Settings',
  panelConstraint: 'Constraint',
  panelAsked: 'Asked',
  panelDelivered: 'Delivered',
  panelAdvanced: 'Advanced: constraints as JSON',
  panelJsonLabel: 'Constraints (JSON)',
  panelApply: 'Apply',
  panelReset: 'Reset to the constraints in force',
  panelSupported: 'Constraints this browser knows ({n})',
  panelNoTrack: 'Start capture to change these settings; the controls show what the selected device can do.',
  panelNumberLabel: '{name}, number',
  panelNoneOffered: 'none offered',
  panelFailedWhy: 'The browser said: {why}',

  shutter: 'Take photo',
  cancelCountdown: 'Cancel',
  photoTaken: 'Photo taken',
  photosTaken: '{n} photos taken',
  countdownCancelled: 'Countdown cancelled',
  galleryLabel: 'Photos',
  downloadPhoto: 'Download',
  deletePhoto: 'Delete',
  deleteLabel: 'Delete: {name}',
  downloadLabel: 'Download: {name}',
  clearPhotos: 'Delete all',
  photoAlt: 'Photo taken at {time}',
  clipAlt: 'Clip recorded at {time}',
  startRecording: 'Start recording',
  stopRecording: 'Stop recording',
  recordingStarted: 'Recording',
  recordingSaved: 'Recording saved',
  errorRecording: 'The recording failed: {detail}',
  choosePhoto: 'Choose or take a photo with your device instead',
  errorNoFrame: 'No picture arrived from the camera. Check that it is uncovered and not used elsewhere, then try again.',
  errorNoCamera: 'Turn on the camera before taking a photo.',

  meterLabel: 'Microphone level',
  meterIdle: 'Microphone off',
  startMicrophone: 'Turn on microphone',
} satisfies Record<string, string>;

export type CaptureStrings = { -readonly [K in keyof typeof defaultStrings]: string };

let strings: CaptureStrings = { ...defaultStrings };
const listeners = new Set<() => void>();

/** The texts in force. */
export const getStrings = (): Readonly<CaptureStrings> => strings;

/** Replaces some or all texts (the rest keep their value); elements on the page show them at once. */
export function setStrings(overrides: Partial<CaptureStrings>): void {
  strings = { ...strings, ...overrides };
  listeners.forEach((listener) => listener());
}

/** Calls `listener` after every `setStrings()`; returns the function that stops it. */
export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Fills `{name}` placeholders of a text; unknown names are left as they are. */
export function formatString(text: string, values: Record<string, string | number | undefined>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
