/**
 * Runs `release` once the code that removed `element` has finished, unless the element is back
 * on the page by then: one removed and inserted again in the same turn (moved, as frameworks do
 * when they reorder) keeps its camera, photos and recording. One that left lets go before the
 * browser draws again.
 */
export function releaseUnlessMoved(element: Element, release: () => void): void {
  queueMicrotask(() => {
    if (!element.isConnected) release();
  });
}
