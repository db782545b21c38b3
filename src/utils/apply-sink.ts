/** Whether this browser lets a page choose the speaker a media element plays on. */
export const canChooseSink = (): boolean =>
  typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;

/** Plays `media` on the chosen speaker (`''` is the default); where it cannot, nothing changes. */
export function applySink(media: HTMLMediaElement, deviceId = ''): void {
  if (!canChooseSink() || media.sinkId === deviceId) return;
  media.setSinkId(deviceId).catch((error: unknown) =>
    console.warn(`capture-kit: could not play on speaker ${JSON.stringify(deviceId)}.`, error));
}
