import { expect } from '@open-wc/testing';
import { chooseMimeType } from '../../src/components/recording/clip-format.js';
import type { PhotoBooth } from '../../src/components/photo-booth/photo-booth.js';
import type { CaptureClip } from '../../src/components/photo-booth/photo.js';
import type { CaptureError } from '../../src/core/index.js';
import type { CaptureOperation } from '../../src/events.js';
import { replace } from './replace.js';
import { settle } from './status-events.js';
import { until } from './tracks.js';

let probe: Promise<boolean> | undefined;

/**
 * Whether this browser's MediaRecorder writes video a player can open. WebKitGTK without the
 * GStreamer muxer it wants writes 0-byte video files (audio-only ones work), and on a loaded
 * machine sometimes a few bytes no player opens. Probed once per page: a canvas stream, as the
 * booth records, in the type the booth would choose, recorded for 0.5 s after its first bytes
 * arrive (at most 2.5 s, so an encoder slow to start on a loaded machine is not taken for one
 * that writes nothing), then opened in a `<video>`, which must find a picture size in it; the
 * canvas track is stopped afterwards.
 */
export const videoRecordingHasBytes = (): Promise<boolean> => (probe ??= probeVideoRecording());

async function probeVideoRecording(): Promise<boolean> {
  const canvas = Object.assign(document.createElement('canvas'), { width: 160, height: 120 });
  const paint = canvas.getContext('2d')!;
  const stream = canvas.captureStream(30);
  let frame = 0;
  const draw = () => {
    paint.fillStyle = frame++ % 2 ? '#3b82f6' : '#dc2626';
    paint.fillRect(0, 0, canvas.width, canvas.height);
  };
  draw();
  const ticking = setInterval(draw, 33);
  try {
    const recorder = new MediaRecorder(stream, { mimeType: chooseMimeType(false).mimeType });
    const pieces: Blob[] = [];
    const stop = () => recorder.state !== 'inactive' && recorder.stop();
    const stopped = new Promise((resolve) => recorder.addEventListener('stop', resolve, { once: true }));
    recorder.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0 && pieces.push(event.data) === 1) setTimeout(stop, 500);
    });
    recorder.start(100);
    const cap = setTimeout(stop, 2500);
    await stopped;
    clearTimeout(cap);
    return pieces.length > 0 && (await opensAsVideo(new Blob(pieces, { type: recorder.mimeType })));
  } finally {
    clearInterval(ticking);
    stream.getTracks().forEach((track) => track.stop());
  }
}

/** Whether a `<video>` finds a picture size in `file` within 3 s. */
async function opensAsVideo(file: Blob): Promise<boolean> {
  const url = URL.createObjectURL(file);
  const video = Object.assign(document.createElement('video'), { muted: true, preload: 'metadata', src: url });
  try {
    return await new Promise<boolean>((resolve) => {
      video.addEventListener('loadedmetadata', () => resolve(video.videoWidth > 0), { once: true });
      video.addEventListener('error', () => resolve(false), { once: true });
      setTimeout(() => resolve(false), 3000);
    });
  } finally {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}

/** A MediaRecorder the page made, noted by `watchRecorders()`. */
export interface RecorderMade {
  /** The options it was made with. */
  asked?: MediaRecorderOptions;
  recorder: MediaRecorder;
  /** `performance.now()` when `start()` and `stop()` were called. */
  startedAt?: number;
  stoppedAt?: number;
}

/**
 * Notes every MediaRecorder the page makes in this test, the options asked and when it was
 * started and stopped (WebKitGTK's `stop()` can block the page for seconds: what follows it comes
 * late). Put back by `restoreReplaced()`.
 */
export function watchRecorders(): RecorderMade[] {
  const Native = window.MediaRecorder;
  const made: RecorderMade[] = [];
  replace(window, 'MediaRecorder', class extends Native {
    private readonly noted: RecorderMade;
    constructor(stream: MediaStream, options?: MediaRecorderOptions) {
      super(stream, options);
      this.noted = { asked: options, recorder: this };
      made.push(this.noted);
    }

    override start(timeslice?: number): void {
      this.noted.startedAt ??= performance.now();
      super.start(timeslice);
    }

    override stop(): void {
      this.noted.stoppedAt ??= performance.now();
      super.stop();
    }
  });
  return made;
}

/** How a recording ended: its clip (`capture-recording`), or a failure (`capture-error`). */
export type RecordingEnd = { clip: CaptureClip } | { error: CaptureError; operation: CaptureOperation };

/** Every end of a recording `el` reports from now on, in order. */
export function recordingEnds(el: PhotoBooth): RecordingEnd[] {
  const ends: RecordingEnd[] = [];
  el.addEventListener('capture-recording', (event) => ends.push({ clip: event.detail }));
  el.addEventListener('capture-error', (event) => ends.push({ error: event.detail, operation: event.operation }));
  return ends;
}

/** An end as text, for assertions: `a clip`, or the error's operation, code, reason and message. */
export const describeEnd = (end: RecordingEnd): string => 'clip' in end
  ? 'a clip'
  : `capture-error (${end.operation}): ${end.error.code}, ${end.error.params.reason ?? ''} (${end.error.message})`;

/** The "nothing was recorded" error, as `describeEnd` gives it. */
export const nothingRecorded = 'capture-error (recording): unknown, recording-empty (The recording failed: nothing was recorded)';

/**
 * Waits for the recording to end, and checks that it ended once (`ends`, from `recordingEnds()`
 * called before it started, holds exactly one end), as this browser should: with a clip where
 * video recordings have bytes, else with the booth's "nothing was recorded" error (operation
 * `recording`, reason `recording-empty`), shown, and no clip in the gallery. Empties `ends` for
 * the next recording; returns the clip, if any.
 */
export async function expectOneEnd(
  el: PhotoBooth, ends: RecordingEnd[], hasBytes: boolean, timeout = 5000,
): Promise<CaptureClip | undefined> {
  await until(() => ends.length > 0, 'the recording to end', timeout);
  await settle(); // a second report would have come by now
  expect(ends.map(describeEnd), 'how the recording ended').to.deep.equal([hasBytes ? 'a clip' : nothingRecorded]);
  expect(el.recording, 'recording').to.be.false;
  const [end] = ends.splice(0);
  if ('clip' in end) return end.clip;
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('.error')?.textContent, 'the error shown')
    .to.equal('The recording failed: nothing was recorded. Try again, recording a little longer.');
  expect(el.clips, 'clips kept').to.deep.equal([]);
  return undefined;
}
