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
} satisfies Record<string, string>;

/** The texts in force (defaults, then what `setStrings()` gave). */
export const pickerTexts = /* @__PURE__ */ textsWith(pickerStrings);
