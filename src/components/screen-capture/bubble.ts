/** Where the camera bubble sits on the screen. */
export type BubbleCorner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
/** The outline of the camera bubble. */
export type BubbleShape = 'circle' | 'rounded' | 'square';

export interface BubbleOptions {
  /** Default 'bottom-right'. */
  corner?: BubbleCorner;
  /** The bubble's side as a fraction of the canvas's shorter side, 0 < size ≤ 1; default 0.25. */
  size?: number;
  /** Default 'circle'. */
  shape?: BubbleShape;
  /** Drawn mirrored, as a selfie view shows the person; default true. */
  mirror?: boolean;
}

export const bubbleDefaults: Required<BubbleOptions> = { corner: 'bottom-right', size: 0.25, shape: 'circle', mirror: true };

/** A rectangle in canvas pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The gap between the bubble and the canvas's edges, as a fraction of the shorter side. */
const marginFraction = 0.03;
/** The corner radius of a 'rounded' bubble, as a fraction of its side. */
const roundedFraction = 0.2;

/**
 * The square the camera bubble fills on a `width`×`height` canvas (whole pixels): `size` of the
 * shorter side, in `corner`, a small margin from the edges. A size out of range is brought into
 * it, so a bad option never leaves the bubble off the canvas.
 */
export function bubbleRect(width: number, height: number, options: BubbleOptions = {}): Rect {
  const { corner, size } = { ...bubbleDefaults, ...options };
  const shorter = Math.min(width, height);
  const margin = Math.round(shorter * marginFraction);
  const fraction = Number.isFinite(size) && size > 0 ? Math.min(size, 1) : bubbleDefaults.size;
  const side = Math.max(1, Math.min(Math.round(shorter * fraction), shorter - 2 * margin));
  const x = corner.endsWith('left') ? margin : width - margin - side;
  const y = corner.startsWith('top') ? margin : height - margin - side;
  return { x, y, width: side, height: side };
}

/** Traces the bubble's outline in `rect` as the current path. */
function outline(context: CanvasRenderingContext2D, { x, y, width, height }: Rect, shape: BubbleShape): void {
  context.beginPath();
  if (shape === 'circle') {
    context.arc(x + width / 2, y + height / 2, Math.min(width, height) / 2, 0, 2 * Math.PI);
  } else {
    // arcTo rather than roundRect: older Safari and Firefox ESR lack the latter.
    const r = shape === 'rounded' ? Math.min(width, height) * roundedFraction : 0;
    context.moveTo(x + r, y);
    context.arcTo(x + width, y, x + width, y + height, r);
    context.arcTo(x + width, y + height, x, y + height, r);
    context.arcTo(x, y + height, x, y, r);
    context.arcTo(x, y, x + width, y, r);
  }
  context.closePath();
}

/**
 * Draws the camera's frame into the bubble: the middle square of the picture (a bubble never
 * squeezes a face), clipped to its shape, mirrored when asked.
 */
export function drawBubble(context: CanvasRenderingContext2D, camera: HTMLVideoElement, rect: Rect, options: Required<BubbleOptions>): void {
  const { videoWidth, videoHeight } = camera;
  if (!videoWidth || !videoHeight) return; // no frame yet: the screen alone
  const crop = Math.min(videoWidth, videoHeight);
  context.save();
  outline(context, rect, options.shape);
  context.clip();
  if (options.mirror) context.setTransform(-1, 0, 0, 1, 2 * rect.x + rect.width, 0);
  context.drawImage(camera, (videoWidth - crop) / 2, (videoHeight - crop) / 2, crop, crop, rect.x, rect.y, rect.width, rect.height);
  context.restore();
}
