import type { CaptureError, CaptureErrorCode, CaptureNotice, MediaKind } from '../core/index.js';
import { formatString, getStrings, type CaptureStrings } from './strings.js';

const codeKeys = {
  'permission-denied': 'errorPermissionDenied',
  'not-found': 'errorNotFound',
  'device-in-use': 'errorDeviceInUse',
  overconstrained: 'errorOverconstrained',
  'insecure-context': 'errorInsecureContext',
  unsupported: 'errorUnsupported',
  aborted: 'errorAborted',
  'track-ended': 'errorTrackEnded',
  'invalid-argument': 'errorInvalidArgument',
  unknown: 'errorUnknown',
} as const satisfies Record<CaptureErrorCode, keyof CaptureStrings>;

/** The store's reasons (`params.reason`) that have words of their own. */
const reasonKeys: Record<string, keyof CaptureStrings> = {
  'no-live-track': 'errorNoLiveTrack',
  'unknown-device': 'errorUnknownDevice',
};

/** "camera", "microphone" or "camera and microphone", in the texts in force. */
export function deviceNoun(kinds: readonly MediaKind[]): string {
  const s = getStrings();
  if (kinds.includes('video') && kinds.includes('audio')) return s.cameraAndMicrophone;
  return kinds.includes('audio') ? s.microphone : s.camera;
}

/**
 * What a person reads for an error, in the texts in force now: chosen when an element renders,
 * so a change of language shows at once. `reasons` gives an element's own words for the
 * reasons it creates (`params.reason`); `{device}`, `{constraint}` and `{detail}` are filled in.
 */
export function errorText(error: CaptureError, reasons: Readonly<Record<string, string>> = {}): string {
  const s = getStrings();
  const params = error.params ?? { kinds: ['video'] };
  const reason = params.reason;
  const reasonKey = reason === undefined ? undefined : reasonKeys[reason];
  const text = (reason !== undefined && reasons[reason]) || (reasonKey && s[reasonKey]) || s[codeKeys[error.code] ?? 'errorUnknown'];
  return formatString(text, {
    device: deviceNoun(params.kinds),
    constraint: params.constraint ?? '',
    detail: params.detail ?? error.message,
  });
}

/** What a person reads for a notice, in the texts in force now. */
export function noticeText(notice: CaptureNotice): string {
  return formatString(getStrings().noticeDeviceGone, { label: notice.label });
}
