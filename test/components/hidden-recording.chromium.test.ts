import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { FilterPipeline } from '../../src/components/photo-booth/filter-pipeline.js';
import { CompositePipeline } from '../../src/components/screen-capture/composite-pipeline.js';
import { blue, paintedTrack, stopPaintedTracks } from '../helpers/pixels.js';
import { videoFrameTimes } from '../helpers/clip-file.js';
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
    return { visibleFrameRate, hiddenFrameRate, recorded: await videoFrameTimes(new Blob(chunks, { type: 'video/webm' })) };
  } finally {
    arrivals.stop();
    if (recorder.state !== 'inactive') recorder.stop();
  }
}

/** The longest time between two recorded frames (seconds). */
const longestGap = (times: number[]) => Math.max(...times.slice(1).map((t, i) => t - times[i]));

/**
 * Frames flowing while hidden about as fast as before (a freeze gives none, a keep-alive timer 10
 * a second at most), and recorded: a busy machine's recorder may drop a frame now and then, a
 * freeze leaves out the whole 2 s.
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

  it('a worker ticks only while the page is hidden; stop() ends it, the output track and its URL', async () => {
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
    const running = () => workers.filter((worker) => !terminated.has(worker)).length;
    const urls = openObjectUrls();
    const filter = new FilterPipeline(await camera(), 'sepia(1)');
    const composite = new CompositePipeline(paintedTrack(640, 480, blue));
    stops.push(() => filter.stop(), () => composite.stop());
    composite.setCamera(cameras[0]);
    await Promise.all([filter.drawn, composite.drawn]);
    expect(workers.length, 'workers while visible').to.equal(0);
    await setPageVisible(false);
    expect(running(), 'workers running while hidden').to.equal(2);
    await setPageVisible(true);
    expect(running(), 'workers running once shown').to.equal(0);
    await setPageVisible(false);
    expect(running(), 'workers running while hidden again').to.equal(2);
    filter.stop();
    composite.stop();
    expect(running(), 'workers running once stopped').to.equal(0);
    await until(() => openObjectUrls() === urls, 'every worker\'s URL revoked');
    const outputs = [...filter.stream.getTracks(), ...composite.stream.getTracks()];
    expect(outputs.map((track) => track.readyState), 'the output tracks').to.deep.equal(['ended', 'ended']);
  });
});
