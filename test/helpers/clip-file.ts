import { expect } from '@open-wc/testing';
import { ALL_FORMATS, BlobSource, EncodedPacketSink, Input } from 'mediabunny';

/** The file's duration in seconds, read from its packets by a demuxer (not the browser's player). */
export async function fileDuration(blob: Blob): Promise<number> {
  const input = new Input({ source: new BlobSource(blob), formats: ALL_FORMATS });
  try {
    return await input.computeDuration();
  } finally {
    input.dispose();
  }
}

/** The timestamps (seconds) of the file's video frames, in presentation order. */
export async function videoFrameTimes(blob: Blob): Promise<number[]> {
  const input = new Input({ source: new BlobSource(blob), formats: ALL_FORMATS });
  try {
    const track = await input.getPrimaryVideoTrack();
    const times: number[] = [];
    if (track) for await (const packet of new EncodedPacketSink(track).packets()) times.push(packet.timestamp);
    return times.sort((a, b) => a - b);
  } finally {
    input.dispose();
  }
}

/** A muted `<video>` of `blob` with its metadata loaded; `release()` lets go of it. */
async function playerOf(blob: Blob): Promise<{ video: HTMLVideoElement; release: () => void }> {
  const url = URL.createObjectURL(blob);
  const video = Object.assign(document.createElement('video'), { muted: true, preload: 'auto', src: url });
  const release = () => {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  };
  await new Promise((resolve, reject) => {
    video.addEventListener('loadedmetadata', resolve, { once: true });
    video.addEventListener('error', () => reject(new Error(`the browser cannot play it: ${video.error?.message ?? ''}`)), { once: true });
  }).catch((error: unknown) => {
    release();
    throw error;
  });
  return { video, release };
}

/** The duration the browser's own player gives the file once its metadata is read (Infinity when the file has none). */
export async function playerDuration(blob: Blob): Promise<number> {
  const { video, release } = await playerOf(blob);
  const { duration } = video;
  release();
  return duration;
}

/**
 * Checks what a person keeping the file would notice: the browser's player knows its duration,
 * within 10% of `expected` seconds (as does a demuxer reading its packets), and a seek to the
 * middle lands there.
 */
export async function expectSeekableFile(blob: Blob, expected: number): Promise<void> {
  const within = (seconds: number) => Math.abs(seconds - expected) <= expected * 0.1;
  const fromPackets = await fileDuration(blob);
  expect(fromPackets, `the duration read from the packets, against ${expected.toFixed(2)} s`).to.satisfy(within);
  const { video, release } = await playerOf(blob);
  try {
    expect(video.duration, `the player's duration, against ${expected.toFixed(2)} s`).to.satisfy(within);
    const middle = video.duration / 2;
    const seeked = new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
    video.currentTime = middle;
    await seeked;
    expect(Math.abs(video.currentTime - middle), `a seek to ${middle.toFixed(2)} s landed at ${video.currentTime.toFixed(2)} s`).to.be.below(expected * 0.1);
  } finally {
    release();
  }
}
