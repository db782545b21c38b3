import { expect } from '@open-wc/testing';
import { fakeTracksIssued } from './fake-media.js';
import type { CaptureError } from '../../src/core/index.js';

const acquired: MediaStreamTrack[] = [];
let calls = 0;
let watching = false;

/**
 * Records every track the page gets from getUserMedia, so a test can prove that none is left
 * live. The real method is called; only the calls and the returned tracks are noted. The
 * prototype is wrapped, not `navigator.mediaDevices`: WebKit may hand out a new one later.
 */
export function recordAcquiredTracks(): void {
  if (watching) return;
  watching = true;
  const getUserMedia = MediaDevices.prototype.getUserMedia;
  MediaDevices.prototype.getUserMedia = async function (this: MediaDevices, constraints) {
    calls++;
    const stream = await getUserMedia.call(this, constraints);
    acquired.push(...stream.getTracks());
    return stream;
  };
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
