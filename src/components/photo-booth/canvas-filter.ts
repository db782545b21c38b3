/**
 * CSS filters on canvases (`context.filter`) in every engine. WebKit (Safari) has none: there,
 * and only there, context-filter-polyfill is loaded, once, the first time a filter is drawn. It
 * draws blur, brightness, contrast, drop-shadow, grayscale, hue-rotate, invert, opacity,
 * saturate and sepia; it skips url() filters (that part is not drawn).
 */

const native = (): boolean => 'filter' in CanvasRenderingContext2D.prototype;

let loading: Promise<void> | undefined;
let polyfilled = false;
let settled = false;

/** Whether the polyfill draws on every canvas now: each draw replays every earlier call on its context. */
export const filtersPolyfilled = (): boolean => polyfilled;

/**
 * Whether `filter` may be set on a context now. Not while the polyfill is missing: the value set
 * would hide the polyfill's `filter` from that context.
 */
export const filterable = (): boolean => settled || native();

/**
 * Resolves once `context.filter` works on canvases and offscreen canvases: at once where the
 * browser has it. Never rejects: a polyfill that cannot load warns, and filters draw as none.
 */
export function canvasFilters(): Promise<void> {
  if (native()) return Promise.resolve();
  // The polyfill patches in a microtask it queues while it loads: before this promise settles.
  loading ??= import('context-filter-polyfill').then(() => {
    polyfilled = true;
  }, (cause: unknown) => {
    console.warn('<photo-booth>: the canvas filter polyfill did not load; filters are not drawn.', cause);
  }).finally(() => {
    settled = true;
  });
  return loading;
}
