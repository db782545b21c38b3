import { invalidArgument } from './errors.js';
import type { CaptureRequest, DeviceKind, MediaKind, MediaRequest } from './types.js';

export const mediaKinds: readonly MediaKind[] = ['video', 'audio'];
export const deviceKindOf: Record<MediaKind, DeviceKind> = { video: 'videoinput', audio: 'audioinput' };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Throws `invalid-argument` unless `value` is a boolean or a constraints object. */
export function checkMediaRequest(value: unknown, name: string): asserts value is MediaRequest | undefined {
  if (value === undefined || typeof value === 'boolean' || isPlainObject(value)) return;
  throw invalidArgument(`${name} must be true, false or a MediaTrackConstraints object, not ${describe(value)}.`);
}

/** Throws `invalid-argument` unless `value` is a `{ video?, audio? }` object. */
export function checkCaptureRequest(value: unknown, name: string): asserts value is CaptureRequest | undefined {
  if (value === undefined) return;
  if (!isPlainObject(value)) throw invalidArgument(`${name} must be an object like { video: true }, not ${describe(value)}.`);
  checkMediaRequest(value.video, `${name}.video`);
  checkMediaRequest(value.audio, `${name}.audio`);
}

export function checkConstraints(value: unknown, name: string): asserts value is MediaTrackConstraints {
  if (!isPlainObject(value)) throw invalidArgument(`${name} must be a MediaTrackConstraints object, not ${describe(value)}.`);
}

export function checkOneOf<T extends string>(value: unknown, allowed: readonly T[], name: string): asserts value is T {
  if (!allowed.includes(value as T)) {
    throw invalidArgument(`${name} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, not ${describe(value)}.`);
  }
}

/** A short, safe rendering of a bad value for a message. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/**
 * The getUserMedia constraints for one kind: the page's request plus the chosen device.
 * `false` when the kind is not requested.
 */
export function constraintsFor(request: MediaRequest, deviceId: string | undefined): MediaRequest {
  if (request === false) return false;
  const base = request === true ? {} : request;
  return deviceId ? { ...base, deviceId: { exact: deviceId } } : request;
}
