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
