import { expect } from '@open-wc/testing';
import { fakeTracksIssued } from './fake-media.js';
import type { CaptureError } from '../../src/core/index.js';

const acquired: MediaStreamTrack[] = [];
let calls = 0;
const watched = new Set<string>();

/**
 * Wraps `MediaDevices.prototype[method]` once: the real method is called, and `onStream` sees
 * each stream it gives. The prototype is wrapped, not `navigator.mediaDevices`: WebKit may hand
 * out a new one later.
 */
export function watchStreams(method: 'getUserMedia' | 'getDisplayMedia', onStream: (stream: MediaStream) => void): void {
  if (watched.has(method)) return;
  watched.add(method);
  const real = MediaDevices.prototype[method];
  MediaDevices.prototype[method] = async function (this: MediaDevices, options?: object) {
    if (method === 'getUserMedia') calls++;
    const stream = await real.call(this, options);
    onStream(stream);
    return stream;
  };
}

/**
 * Records every track the page gets from getUserMedia, so a test can prove that none is left
 * live, and counts the calls.
 */
export function recordAcquiredTracks(): void {
  watchStreams('getUserMedia', (stream) => acquired.push(...stream.getTracks()));
}

/** How many times the page called getUserMedia since the page loaded. */
export const getUserMediaCalls = (): number => calls;

/** How many tracks were acquired since the page loaded. */
export const acquiredTrackCount = (): number => acquired.length;

/** The tracks acquired since the page loaded, oldest first. */
export const acquiredTracks = (): readonly MediaStreamTrack[] => acquired;

/** Fails when any track acquired through getUserMedia (the browser's or a fake env's) is still live. */
export function expectNoLiveTracks(): void {
  const live = [...acquired, ...fakeTracksIssued].filter((track) => track.readyState === 'live');
  expect(live.map((t) => `${t.kind}: ${t.label}`), 'tracks still live').to.deep.equal([]);
}

/** Resolves once `predicate` is true, checking after every task; rejects after `timeout` ms. */
export async function until(predicate: () => boolean, what: string, timeout = 5000): Promise<void> {
  const deadline = performance.now() + timeout;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The CaptureError a call rejects with; fails the test when it resolves instead. */
export async function rejectionOf(promise: Promise<unknown>): Promise<CaptureError> {
  const outcome = await promise.then((value) => ({ value }), (error: CaptureError) => ({ error }));
  if ('value' in outcome) throw new Error('expected a rejection, but the call resolved');
  return outcome.error;
}
