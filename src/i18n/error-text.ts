import type { CaptureError, CaptureErrorCode, CaptureNotice, MediaKind } from '../core/index.js';
import { formatString, getStrings, type CaptureStrings } from './strings.js';

/** `error` and the code in PascalCase: `errorPermissionDenied`, `errorNoLiveTrack`. */
type ErrorKey<C extends string> = `error${C extends `${infer H}-${infer T}` ? `${Capitalize<H>}${ErrorKey<T> extends `error${infer R}` ? R : never}` : Capitalize<C>}`;

/** The table key for an error code or a reason; every code has one (checked by the type below). */
const keyOf = <C extends string>(code: C) =>
  `error${code.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase())}` as ErrorKey<C>;

// A code without its text in the table is a type error here.
export type ErrorKeysExist = ErrorKey<CaptureErrorCode | 'unknown-device' | 'not-loaded'> extends keyof CaptureStrings ? true : never;
const everyCodeHasText: ErrorKeysExist = true;
void everyCodeHasText;

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
  const { reason } = params;
  const table = s as unknown as Record<string, string | undefined>;
  const text = (reason && (reasons[reason] ?? table[keyOf(reason)])) || table[keyOf(error.code)] || s.errorUnknown;
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
