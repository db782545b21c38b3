import type { MediaKind } from './media-kind.js';

export type CaptureErrorCode =
  | 'permission-denied'
  | 'not-found'
  | 'device-in-use'
  | 'overconstrained'
  | 'insecure-context'
  | 'unsupported'
  | 'aborted'
  | 'track-ended'
  /** The call needs a live track of that kind and there is none (the camera is off). */
  | 'not-live'
  | 'invalid-argument'
  /** The person closed the screen-sharing picker: not a failure to show. */
  | 'cancelled'
  /** The page's permissions policy forbids the feature (an iframe without `allow="display-capture"`). */
  | 'blocked-by-policy'
  | 'unknown';

/** What a message about an error needs, beside its code. */
export interface CaptureErrorParams {
  /** The media concerned: a message names "the camera", "the microphone" or both. */
  readonly kinds: readonly MediaKind[];
  /** The constraint that could not be met (`overconstrained`). */
  readonly constraint?: string;
  /** The browser's own words (the message of the exception it threw), or a developer's detail. */
  readonly detail?: string;
  /**
   * What exactly went wrong, as a code an element turns into words: the store's is
   * `unknown-device` (`invalid-argument`); elements add their own (the booth's `no-camera`).
   */
  readonly reason?: string;
}

/**
 * A failure as a value: a `code` and its `params` for the words an element chooses when it
 * renders, and a `message` in English for developers (consoles, logs).
 */
export class CaptureError extends Error {
  override readonly name = 'CaptureError';
  readonly code: CaptureErrorCode;
  readonly params: Readonly<CaptureErrorParams>;
  /** The constraint that could not be met (`overconstrained` only). */
  readonly constraint?: string;

  constructor(
    code: CaptureErrorCode,
    message: string,
    options: { cause?: unknown; constraint?: string; params?: Partial<CaptureErrorParams> } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    const constraint = options.constraint ?? options.params?.constraint;
    const given = Object.entries({ ...options.params, constraint }).filter(([, value]) => value !== undefined);
    this.params = Object.freeze({ kinds: ['video'], ...Object.fromEntries(given) } as CaptureErrorParams);
    if (constraint !== undefined) this.constraint = constraint;
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

const device = (kinds: readonly MediaKind[]) => kinds.join(' and ').replace('video', 'camera').replace('audio', 'microphone');

/**
 * Builds a CaptureError with its message for developers, in English and terse:
 * `permission-denied (camera): Permission denied`. People read the strings table's words instead.
 */
export function createCaptureError(
  code: CaptureErrorCode,
  params: Partial<CaptureErrorParams> = {},
  cause?: unknown,
): CaptureError {
  const full = { kinds: ['video'] as const, ...params };
  const about = [device(full.kinds), full.constraint && `constraint "${full.constraint}"`, full.reason].filter(Boolean).join(', ');
  return new CaptureError(code, `${code} (${about})${full.detail ? `: ${full.detail}` : ''}`, { cause, params: full });
}

/** A bad argument: `detail` says what was wrong (English), `reason` tells elements which words to show. */
export const invalidArgument = (detail: string, params: Partial<CaptureErrorParams> = {}): CaptureError =>
  createCaptureError('invalid-argument', { ...params, detail });

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
    constraint: typeof constraint === 'string' ? constraint : code === 'overconstrained' ? '' : undefined,
    detail: typeof text === 'string' && text ? text : String(error),
  }, error);
}
