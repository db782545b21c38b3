import { fileUnreadableError, noFrameError } from './booth-errors.js';
import { firstFrame, firstFrameTimeoutMs, nextFrame } from '../../utils/first-frame.js';

/** A picture a photo is drawn from, at its real size; `close()` frees what it holds. */
export interface Frame {
  readonly image: CanvasImageSource;
  readonly width: number;
  readonly height: number;
  close(): void;
  /**
   * For a video: waits for its next frame, after a draw of `image` drew nothing (WebKit at times
   * draws a playing video as nothing, not even black). Rejects once the frame's time is up.
   */
  next?(): Promise<void>;
}

const bitmapFrame = (bitmap: ImageBitmap): Frame =>
  ({ image: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() });

/** A full sensor photo of `track` with ImageCapture (where the browser has it). */
export async function sensorFrame(track: MediaStreamTrack): Promise<Frame> {
  return bitmapFrame(await createImageBitmap(await new ImageCapture(track).takePhoto()));
}

/**
 * The frame `video` shows, at the camera's size (not the element's). Waits up to 5 s for a first
 * decoded frame, and for one the browser draws, then rejects (reason `no-frame`) rather than give
 * an empty picture.
 */
export async function videoFrame(video: HTMLVideoElement | undefined): Promise<Frame> {
  if (!video) throw noFrameError();
  const deadline = performance.now() + firstFrameTimeoutMs;
  await firstFrame(video, firstFrameTimeoutMs).catch((cause: unknown) => {
    throw noFrameError(cause);
  });
  const next = async () => {
    if (performance.now() >= deadline) throw noFrameError(new Error(`no frame drawn within ${firstFrameTimeoutMs} ms`));
    await nextFrame(video);
  };
  return { image: video, width: video.videoWidth, height: video.videoHeight, close: () => {}, next };
}

/**
 * A picture from the person's files. One this browser cannot decode (not a picture, or a format
 * it does not read) rejects with `invalid-argument`, reason `file-unreadable`.
 */
export async function fileFrame(file: Blob): Promise<Frame> {
  try {
    return bitmapFrame(await createImageBitmap(file));
  } catch (cause) {
    throw fileUnreadableError(cause);
  }
}
