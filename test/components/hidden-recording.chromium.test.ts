import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { FilterPipeline } from '../../src/components/photo-booth/filter-pipeline.js';
import { CompositePipeline } from '../../src/components/screen-capture/composite-pipeline.js';
import { blue, paintedTrack, stopPaintedTracks } from '../helpers/pixels.js';
import { openObjectUrls, watchPageResources } from '../helpers/page-resources.js';
import { replace, restoreReplaced } from '../helpers/replace.js';
import { expectNoLiveTracks, recordAcquiredTracks, until } from '../helpers/tracks.js';

/** Chromium's reader of a track's frames (not in TypeScript's DOM types yet). */
declare class MediaStreamTrackProcessor {
  constructor(init: { track: MediaStreamTrack });
  readonly readable: ReadableStream<VideoFrame>;
}

const setPageVisible = async (visible: boolean) => {
  await executeServerCommand('set-page-visible', { visible });
  await until(() => document.visibilityState === (visible ? 'visible' : 'hidden'), `the page ${visible ? 'shown' : 'hidden'}`);
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** When each frame of `track` arrived (`performance.now()`), read from a clone of it until `stop()`. */
function frameArrivals(track: MediaStreamTrack): { times: number[]; stop: () => void } {
  const clone = track.clone();
  const reader = new MediaStreamTrackProcessor({ track: clone }).readable.getReader();
  const times: number[] = [];
  void (async () => {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      times.push(performance.now());
      read.value.close();
    }
  })().catch(() => undefined);
  return { times, stop: () => void reader.cancel().finally(() => clone.stop()) };
}

/** An EBML variable-length number at `at` and its length in bytes; IDs keep their length marker. */
function ebmlNumber(bytes: Uint8Array, at: number, isId = false): { value: number; length: number } {
  let length = 1;
  while (length < 8 && !(bytes[at] & (0x80 >> (length - 1)))) length++;
  let value = isId ? bytes[at] : bytes[at] & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + bytes[at + i];
  return { value, length };
}

const unsigned = (bytes: Uint8Array) => bytes.reduce((value, byte) => value * 256 + byte, 0);

const webm = { segment: 0x18538067, info: 0x1549a966, timecodeScale: 0x2ad7b1, cluster: 0x1f43b675, timecode: 0xe7, blockGroup: 0xa0, block: 0xa1, simpleBlock: 0xa3 };
/** The elements whose children are read (a recorder writes the segment and its clusters with no size). */
const containers = new Set([webm.segment, webm.info, webm.cluster, webm.blockGroup]);

/** The timestamps (seconds) of the blocks of a recorded WebM (a recording of one video track: its frames), in order. */
function recordedFrameTimes(bytes: Uint8Array): number[] {
  const times: number[] = [];
  let nanosecondsPerTick = 1e6;
  let clusterTime = 0;
  for (let at = 0; at < bytes.length;) {
    const id = ebmlNumber(bytes, at, true);
    const size = ebmlNumber(bytes, at + id.length);
    at += id.length + size.length;
    if (containers.has(id.value)) continue;
    const data = bytes.subarray(at, at + size.value);
    at += size.value;
    if (id.value === webm.timecodeScale) nanosecondsPerTick = unsigned(data);
    else if (id.value === webm.timecode) clusterTime = unsigned(data);
    else if (id.value === webm.simpleBlock || id.value === webm.block) {
      const track = ebmlNumber(data, 0);
      const offset = new DataView(data.buffer, data.byteOffset + track.length, 2).getInt16(0);
      times.push(((clusterTime + offset) * nanosecondsPerTick) / 1e9);
    }
  }
  return times.sort((a, b) => a - b);
}

/** What a 4 s recording of `stream` got, the page hidden behind another tab from its 1st to its 3rd second. */
interface HiddenRecording {
  /** Frames a second the stream delivered in the second before the page was hidden, and while it was. */
  visibleFrameRate: number;
  hiddenFrameRate: number;
  /** The recorded file's frame timestamps (seconds). */
  recorded: number[];
}

async function recordWhileHidden(stream: MediaStream): Promise<HiddenRecording> {
  const arrivals = frameArrivals(stream.getVideoTracks()[0]);
  const rate = (from: number, to: number) => (arrivals.times.filter((t) => t >= from && t < to).length * 1000) / (to - from);
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm' });
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', (event) => chunks.push(event.data));
  const stopped = new Promise((resolve) => recorder.addEventListener('stop', resolve, { once: true }));
  recorder.start(250);
  try {
    const startedAt = performance.now();
    await wait(1000);
    const visibleFrameRate = rate(startedAt, performance.now());
    await setPageVisible(false);
    const hiddenAt = performance.now();
    await wait(2000);
    const hiddenFrameRate = rate(hiddenAt, performance.now());
    await setPageVisible(true);
    await wait(1000);
    recorder.stop();
    await stopped;
    return { visibleFrameRate, hiddenFrameRate, recorded: recordedFrameTimes(new Uint8Array(await new Blob(chunks).arrayBuffer())) };
  } finally {
    arrivals.stop();
    if (recorder.state !== 'inactive') recorder.stop();
  }
}

/** The longest time between two recorded frames (seconds). */
const longestGap = (times: number[]) => Math.max(...times.slice(1).map((t, i) => t - times[i]));

/**
 * Frames flowing while hidden about as fast as before (a freeze gives none, a page's slowed timer
 * a few), and recorded: a busy machine's recorder may drop frames now and then, a freeze leaves
 * out the whole 2 s.
 */
const expectFramesThroughout = ({ visibleFrameRate, hiddenFrameRate, recorded }: HiddenRecording) => {
  expect(hiddenFrameRate, `frames a second on the output track while hidden (${visibleFrameRate} before)`)
    .to.be.at.least(Math.max(5, 0.6 * visibleFrameRate));
  expect(recorded.length, 'frames recorded').to.be.greaterThan(10);
  expect(longestGap(recorded), 'the longest gap between recorded frames (s)').to.be.below(1);
};

/** A recording of a canvas pipeline goes on while its page is behind another tab (Chromium hides it). */
describe('a recording of a hidden page', () => {
  const cameras: MediaStreamTrack[] = [];
  const stops: (() => void)[] = [];

  const camera = async () => {
    const [track] = (await navigator.mediaDevices.getUserMedia({ video: true })).getVideoTracks();
    cameras.push(track);
    return track;
  };

  before(() => {
    recordAcquiredTracks();
    watchPageResources();
  });

  afterEach(async () => {
    await setPageVisible(true);
    restoreReplaced();
    stops.splice(0).forEach((stop) => stop());
    cameras.splice(0).forEach((track) => track.stop());
    stopPaintedTracks();
    expectNoLiveTracks();
  });

  it('FilterPipeline: the filtered camera has frames throughout', async function () {
    this.timeout(20_000);
    const pipeline = new FilterPipeline(await camera(), 'grayscale(1)');
    stops.push(() => pipeline.stop());
    await pipeline.drawn;
    expectFramesThroughout(await recordWhileHidden(pipeline.stream));
  });

  it('CompositePipeline: the screen with the camera bubble has frames throughout', async function () {
    this.timeout(20_000);
    const pipeline = new CompositePipeline(paintedTrack(640, 480, blue));
    stops.push(() => pipeline.stop());
    pipeline.setCamera(await camera());
    await pipeline.drawn;
    expectFramesThroughout(await recordWhileHidden(pipeline.stream));
  });

  it('stop() ends the output track and every worker and URL the pipelines made', async () => {
    const workers: Worker[] = [];
    const terminated = new Set<Worker>();
    const NativeWorker = window.Worker;
    replace(window, 'Worker', class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        workers.push(this);
      }

      override terminate(): void {
        terminated.add(this);
        super.terminate();
      }
    });
    const urls = openObjectUrls();
    const filter = new FilterPipeline(await camera(), 'sepia(1)');
    const composite = new CompositePipeline(paintedTrack(640, 480, blue));
    composite.setCamera(cameras[0]);
    await Promise.all([filter.drawn, composite.drawn]);
    filter.stop();
    composite.stop();
    expect(workers.length, 'workers made').to.be.greaterThan(0);
    expect(workers.filter((worker) => !terminated.has(worker)).length, 'workers not terminated').to.equal(0);
    expect(openObjectUrls() - urls, 'object URLs left').to.equal(0);
    const outputs = [...filter.stream.getTracks(), ...composite.stream.getTracks()];
    expect(outputs.map((track) => track.readyState), 'the output tracks').to.deep.equal(['ended', 'ended']);
  });
});
