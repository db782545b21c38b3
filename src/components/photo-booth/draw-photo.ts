import { canvasFilters } from './canvas-filter.js';
import type { Frame } from './frame-source.js';
import type { PhotoFormat } from './photo.js';

export interface DrawOptions {
  format: PhotoFormat;
  quality: number;
  /** A CSS filter (`grayscale(1)`), or '' for none. */
  filter: string;
  mirror: boolean;
}

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/**
 * The photo's pixels are read back once drawn (to tell a drawn frame from nothing) and to encode
 * them: a canvas kept in memory, not on the GPU, reads them without a second copy.
 */
const readBack: CanvasRenderingContext2DSettings = { willReadFrequently: true };

/** Whether a draw put anything on `context`: a camera's frame is opaque, even a dark one. */
const drewSomething = (context: Canvas2D, width: number, height: number) =>
  context.getImageData(width >> 1, height >> 1, 1, 1).data[3] > 0;

function canvasOf(width: number, height: number): { context: Canvas2D; encode: (type: string, quality: number) => Promise<Blob> } {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    return { context: canvas.getContext('2d', readBack)!, encode: (type, quality) => canvas.convertToBlob({ type, quality }) };
  }
  const canvas = Object.assign(document.createElement('canvas'), { width, height });
  return {
    context: canvas.getContext('2d', readBack)!,
    encode: (type, quality) => new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas could not be encoded.'))), type, quality)),
  };
}

/**
 * Draws `frame` at its real size (not the element's CSS size) with the filter and mirroring,
 * and encodes it. A draw of a video that put nothing on the canvas is made again at the video's
 * next frame. A format the browser cannot encode comes back as PNG: the caller checks.
 */
export async function drawPhoto(frame: Frame, options: DrawOptions): Promise<Blob> {
  const { image, width, height } = frame;
  const filtered = options.filter !== '' && options.filter !== 'none';
  if (filtered) await canvasFilters();
  const { context, encode } = canvasOf(width, height);
  if (filtered) context.filter = options.filter;
  if (options.mirror) {
    context.translate(width, 0);
    context.scale(-1, 1);
  }
  context.drawImage(image, 0, 0, width, height);
  while (frame.next && !drewSomething(context, width, height)) {
    await frame.next();
    context.drawImage(image, 0, 0, width, height);
  }
  return encode(options.format, options.quality);
}
