import { textsWith } from '../../i18n/strings.js';

/** The texts <device-picker> shows, in English; `setStrings()` replaces them. */
export const pickerStrings = {
  cameraPickerLabel: 'Camera',
  microphonePickerLabel: 'Microphone',
  speakerPickerLabel: 'Speaker',
  unnamedCamera: 'Camera {n}',
  unnamedMicrophone: 'Microphone {n}',
  unnamedSpeaker: 'Speaker {n}',
  showDeviceNames: 'Allow access to see device names',
  noDevices: 'No device of this kind was found.',
  sinkUnsupported: 'This browser cannot choose where sound plays.',
  // the list with live previews (`previews`): what an option shows when its device did not open
  previewInUse: 'Cannot open: in use by another app',
  previewBlocked: 'Cannot open: access blocked',
  previewGone: 'Cannot open: not connected',
  previewFailed: 'Cannot open this device',
} satisfies Record<string, string>;

/** The texts in force (defaults, then what `setStrings()` gave). */
export const pickerTexts = /* @__PURE__ */ textsWith(pickerStrings);
