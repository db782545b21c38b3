import { fileUnreadableError, noFrameError } from './booth-errors.js';
import { firstFrameTimeoutMs, firstLitFrame } from '../../utils/first-frame.js';

/** A picture a photo is drawn from, at its real size; `close()` frees what it holds. */
export interface Frame {
  readonly image: CanvasImageSource;
  readonly width: number;
  readonly height: number;
  close(): void;
}

const bitmapFrame = (bitmap: ImageBitmap): Frame =>
  ({ image: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() });

/** A full sensor photo of `track` with ImageCapture (where the browser has it). */
export async function sensorFrame(track: MediaStreamTrack): Promise<Frame> {
  return bitmapFrame(await createImageBitmap(await new ImageCapture(track).takePhoto()));
}

/**
 * The frame `video` shows, at the camera's size (not the element's). Waits up to 5 s for a first
 * decoded frame, then rejects (reason `no-frame`) rather than give a blank picture; and up to 1 s
 * more for a frame that is not black (the first ones after play() can be).
 */
export async function videoFrame(video: HTMLVideoElement | undefined): Promise<Frame> {
  if (!video) throw noFrameError();
  await firstLitFrame(video, firstFrameTimeoutMs).catch((cause: unknown) => {
    throw noFrameError(cause);
  });
  return { image: video, width: video.videoWidth, height: video.videoHeight, close: () => {} };
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
