import type { CaptureError, DeviceKind } from '../../core/index.js';
import { formatString } from '../../i18n/strings.js';
import { pickerTexts } from './device-picker.strings.js';

export interface DeviceOption {
  deviceId: string;
  label: string;
}

/** The picker's visible label for a kind of device. */
export function pickerLabel(kind: DeviceKind): string {
  const s = pickerTexts();
  return { videoinput: s.cameraPickerLabel, audioinput: s.microphonePickerLabel, audiooutput: s.speakerPickerLabel }[kind];
}

/**
 * The options for one kind. Before permission the browser gives empty labels (and often empty
 * deviceIds): name them "Camera 1", "Camera 2"… so no option is ever blank.
 */
export function deviceOptions(devices: readonly MediaDeviceInfo[], kind: DeviceKind): DeviceOption[] {
  const s = pickerTexts();
  const unnamed = { videoinput: s.unnamedCamera, audioinput: s.unnamedMicrophone, audiooutput: s.unnamedSpeaker }[kind];
  return devices
    .filter((d) => d.kind === kind)
    .map((d, i) => ({ deviceId: d.deviceId, label: d.label || formatString(unnamed, { n: i + 1 }) }));
}

/** The short text an option of the preview list shows for a device that did not open. */
export function previewFailureText(error: CaptureError): string {
  const s = pickerTexts();
  switch (error.code) {
    case 'device-in-use':
    case 'aborted':
      return s.previewInUse;
    case 'permission-denied':
    case 'blocked-by-policy':
      return s.previewBlocked;
    case 'not-found':
    case 'overconstrained':
      return s.previewGone;
    default:
      return s.previewFailed;
  }
}
