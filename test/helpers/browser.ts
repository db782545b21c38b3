/**
 * Whether this browser's fake camera really rescales on applyConstraints (Chromium does;
 * Firefox's fake camera resolves and keeps 640×480). Found by asking the browser, not its name.
 */
export async function cameraRescales(): Promise<boolean> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: true });
  const [track] = stream.getVideoTracks();
  try {
    await track.applyConstraints({ width: { exact: 320 } });
    return track.getSettings().width === 320;
  } catch {
    return false;
  } finally {
    track.stop();
  }
}

/**
 * The capabilities of a camera facing `facingMode` (WebKit's mock has a front and a rear one),
 * or undefined where the browser has none. Found by asking for it, not by the browser's name.
 */
export async function cameraFacing(facingMode: 'user' | 'environment'): Promise<MediaTrackCapabilities | undefined> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { exact: facingMode } } }).catch(() => null);
  const track = stream?.getVideoTracks()[0];
  try {
    return track?.getSettings().facingMode === facingMode ? track.getCapabilities() : undefined;
  } finally {
    track?.stop();
  }
}
