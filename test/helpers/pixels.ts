import type { CaptureEnv } from '../../src/core/index.js';
import { until } from './tracks.js';
import { replace } from './replace.js';

/** An RGB colour, 0–255 a channel. */
export type Rgb = readonly [number, number, number];

export const red: Rgb = [255, 0, 0];
export const green: Rgb = [0, 255, 0];
export const blue: Rgb = [0, 0, 255];

/** Whether `pixel` is `colour`, within `tolerance` a channel (colour conversions and encoders move values a little). */
export const isColour = (pixel: Rgb, colour: Rgb, tolerance = 60): boolean =>
  pixel.every((value, i) => Math.abs(value - colour[i]) <= tolerance);

export const describeRgb = (pixel: Rgb): string => `rgb(${pixel.join(', ')})`;

/** The pixel at (x, y) of `image`, rounded to whole pixels. */
export function pixelAt(image: ImageData, x: number, y: number): Rgb {
  const i = (Math.round(y) * image.width + Math.round(x)) * 4;
  return [image.data[i], image.data[i + 1], image.data[i + 2]];
}

/** Every track a painted source made, to stop after each test. */
const painted: { track: MediaStreamTrack; timer: ReturnType<typeof setTimeout> }[] = [];

/**
 * A real video track (`canvas.captureStream()`) showing `paint`'s picture: a camera or a screen of
 * a known colour. Painted again every 50 ms, as a camera delivers frames; `still`: once more after
 * 100 ms (a first frame for whatever shows it), then never, as a still screen.
 */
export function paintedTrack(
  width: number, height: number, paint: Rgb | ((context: CanvasRenderingContext2D) => void), { still = false } = {},
): MediaStreamTrack {
  const canvas = Object.assign(document.createElement('canvas'), { width, height });
  const context = canvas.getContext('2d')!;
  const draw = typeof paint === 'function' ? () => paint(context) : () => {
    context.fillStyle = `rgb(${paint.join(',')})`;
    context.fillRect(0, 0, width, height);
  };
  draw();
  const [track] = canvas.captureStream(30).getVideoTracks();
  painted.push({ track, timer: still ? setTimeout(draw, 100) : setInterval(draw, 50) });
  return track;
}

/** Stops every painted track still live and its painting; returns how many were live. */
export function stopPaintedTracks(): number {
  const live = painted.filter(({ track }) => track.readyState === 'live').length;
  painted.splice(0).forEach(({ track, timer }) => {
    clearInterval(timer);
    track.stop();
  });
  return live;
}

const nextFrame = (video: HTMLVideoElement) => new Promise<void>((resolve) => {
  if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(() => resolve());
  else requestAnimationFrame(() => resolve());
  setTimeout(resolve, 200); // a still canvas may present nothing new
});

/** The picture `video` shows now, at its video size. */
function grab(video: HTMLVideoElement): ImageData {
  const canvas = Object.assign(document.createElement('canvas'), { width: video.videoWidth, height: video.videoHeight });
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(video, 0, 0);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** Shows a stream in a <video> (off the page) to read its frames' pixels; `close()` lets go of it. */
export class StreamViewer {
  private readonly video = Object.assign(document.createElement('video'), { muted: true, playsInline: true });

  constructor(stream: MediaStream) {
    this.video.srcObject = stream;
    this.video.play().catch(() => undefined);
  }

  /** The next frame the stream presents; `timeout` ms for the first one. */
  async frame(timeout = 5000): Promise<ImageData> {
    await until(() => this.video.videoWidth > 0, 'a frame of the stream', timeout);
    await nextFrame(this.video);
    return grab(this.video);
  }

  /**
   * Resolves with the first frame `check` accepts (it returns '' for a good frame, else what is
   * wrong); rejects after `timeout` ms saying what was wrong with the last one.
   */
  async frameWhere(check: (image: ImageData) => string, timeout = 5000): Promise<ImageData> {
    const deadline = performance.now() + timeout;
    for (;;) {
      const image = await this.frame(timeout); // the first frame may take as long
      const wrong = check(image);
      if (!wrong) return image;
      if (performance.now() > deadline) throw new Error(`no frame as expected within ${timeout} ms: ${wrong}`);
    }
  }

  close(): void {
    this.video.srcObject = null;
  }
}

/**
 * A frame of a recorded clip, decoded: the clip played (muted) in a <video> until `at` seconds
 * (or its end), then drawn to a canvas.
 */
export async function clipFrame(blob: Blob, at: number): Promise<ImageData> {
  const video = Object.assign(document.createElement('video'), { muted: true, playsInline: true });
  const url = URL.createObjectURL(blob);
  try {
    video.src = url;
    await video.play();
    await until(() => video.currentTime >= at || video.ended, `the clip to play to ${at} s`, 10_000);
    video.pause();
    await until(() => video.videoWidth > 0, 'a decoded frame of the clip');
    return grab(video);
  } finally {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}

/**
 * A camera of one known colour for a capture store (`createCaptureStore({ env })`): the fake
 * cameras' pictures look too much like the fake screens' to tell a bubble from the screen.
 * Its tracks are painted tracks (`stopPaintedTracks()` ends them).
 */
export function paintedCamera(colour: Rgb): Partial<CaptureEnv> {
  const mediaDevices = Object.assign(new EventTarget(), {
    getUserMedia: () => Promise.resolve(new MediaStream([paintedTrack(640, 480, colour)])),
    enumerateDevices: () => Promise.resolve([]),
    getSupportedConstraints: () => ({}),
  });
  return { mediaDevices: mediaDevices as unknown as MediaDevices, permissions: undefined };
}

/** The brightest channel value of a photo's pixels (0: all black). */
export async function brightest(blob: Blob): Promise<number> {
  const bitmap = await createImageBitmap(blob);
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const { data } = context.getImageData(0, 0, context.canvas.width, context.canvas.height);
  let max = 0;
  for (let i = 0; i < data.length; i += 4) max = Math.max(max, data[i], data[i + 1], data[i + 2]);
  return max;
}

/**
 * Counts the draws of a `<video>` into any 2D canvas until `restoreReplaced()`. The first `empty`
 * of them draw nothing, as WebKit at times draws a playing video.
 */
export function watchVideoDraws(empty = 0): { readonly count: number } {
  const draws = { count: 0 };
  const prototypes = [CanvasRenderingContext2D.prototype, globalThis.OffscreenCanvasRenderingContext2D?.prototype];
  for (const prototype of prototypes.filter((p) => p !== undefined)) {
    const drawImage = prototype.drawImage as (...args: unknown[]) => void;
    replace(prototype, 'drawImage', function (this: unknown, ...args: unknown[]) {
      if (!(args[0] instanceof HTMLVideoElement)) return drawImage.apply(this, args);
      if (++draws.count > empty) drawImage.apply(this, args);
    });
  }
  return draws;
}
