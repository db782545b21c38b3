import { formatString, getStrings } from '../i18n/strings.js';
import type { MediaKind } from './types.js';

export type CaptureErrorCode =
  | 'permission-denied'
  | 'not-found'
  | 'device-in-use'
  | 'overconstrained'
  | 'insecure-context'
  | 'unsupported'
  | 'aborted'
  | 'track-ended'
  | 'invalid-argument'
  | 'unknown';

/** A failure with a code for code and a message for people. */
export class CaptureError extends Error {
  override readonly name = 'CaptureError';
  readonly code: CaptureErrorCode;
  /** The constraint that could not be met (`overconstrained` only). */
  readonly constraint?: string;

  constructor(code: CaptureErrorCode, message: string, options: { cause?: unknown; constraint?: string } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    if (options.constraint !== undefined) this.constraint = options.constraint;
  }
}

/** DOMException names (current and legacy Chrome ones) and the code each means. */
const codeByName: Record<string, CaptureErrorCode> = {
  NotAllowedError: 'permission-denied',
  PermissionDeniedError: 'permission-denied',
  SecurityError: 'permission-denied',
  NotFoundError: 'not-found',
  DevicesNotFoundError: 'not-found',
  NotReadableError: 'device-in-use',
  TrackStartError: 'device-in-use',
  OverconstrainedError: 'overconstrained',
  ConstraintNotSatisfiedError: 'overconstrained',
  AbortError: 'aborted',
  NotSupportedError: 'unsupported',
  TypeError: 'invalid-argument',
};

const messageKey = {
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
} as const satisfies Record<CaptureErrorCode, string>;

/** "camera", "microphone" or "camera and microphone", from the kinds involved. */
export function deviceNoun(kinds: readonly MediaKind[]): string {
  const s = getStrings();
  if (kinds.includes('video') && kinds.includes('audio')) return s.cameraAndMicrophone;
  return kinds.includes('audio') ? s.microphone : s.camera;
}

/** Builds a CaptureError whose message comes from the strings table. */
export function createCaptureError(
  code: CaptureErrorCode,
  details: { kinds?: readonly MediaKind[]; constraint?: string; detail?: string; cause?: unknown } = {},
): CaptureError {
  const message = formatString(getStrings()[messageKey[code]], {
    device: deviceNoun(details.kinds ?? ['video']),
    constraint: details.constraint,
    detail: details.detail,
  });
  return new CaptureError(code, message, { cause: details.cause, constraint: details.constraint });
}

export const invalidArgument = (detail: string): CaptureError => createCaptureError('invalid-argument', { detail });

/** Maps whatever a browser API threw to a CaptureError; the original stays as `cause`. */
export function toCaptureError(error: unknown, kinds: readonly MediaKind[] = ['video']): CaptureError {
  if (error instanceof CaptureError) return error;
  // Firefox's OverconstrainedError is a plain Error: look at the name, never instanceof.
  const name = (error as { name?: unknown } | null)?.name;
  const code = (typeof name === 'string' && codeByName[name]) || 'unknown';
  const constraint = (error as { constraint?: unknown } | null)?.constraint;
  const text = (error as { message?: unknown } | null)?.message;
  return createCaptureError(code, {
    kinds,
    cause: error,
    constraint: typeof constraint === 'string' ? constraint : code === 'overconstrained' ? '' : undefined,
    detail: typeof text === 'string' && text ? text : String(error),
  });
}
