import { canvasFilters } from './canvas-filter.js';
import type { PhotoFormat } from './photo.js';

export interface DrawOptions {
  width: number;
  height: number;
  format: PhotoFormat;
  quality: number;
  /** A CSS filter (`grayscale(1)`), or '' for none. */
  filter: string;
  mirror: boolean;
}

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function canvasOf(width: number, height: number): { context: Canvas2D; encode: (type: string, quality: number) => Promise<Blob> } {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    return { context: canvas.getContext('2d')!, encode: (type, quality) => canvas.convertToBlob({ type, quality }) };
  }
  const canvas = Object.assign(document.createElement('canvas'), { width, height });
  return {
    context: canvas.getContext('2d')!,
    encode: (type, quality) => new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas could not be encoded.'))), type, quality)),
  };
}

/**
 * Draws `source` at its real size (not the element's CSS size) with the filter and mirroring,
 * and encodes it. A format the browser cannot encode comes back as PNG: the caller checks.
 */
export async function drawPhoto(source: CanvasImageSource, options: DrawOptions): Promise<Blob> {
  const filtered = options.filter !== '' && options.filter !== 'none';
  if (filtered) await canvasFilters();
  const { context, encode } = canvasOf(options.width, options.height);
  if (filtered) context.filter = options.filter;
  if (options.mirror) {
    context.translate(options.width, 0);
    context.scale(-1, 1);
  }
  context.drawImage(source, 0, 0, options.width, options.height);
  return encode(options.format, options.quality);
}
