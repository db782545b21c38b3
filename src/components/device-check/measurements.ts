// What a check does once it runs, loaded then (import()): the camera's and the microphone's
// measurements with their verdicts, and the sounds played and recorded. A page shows its check
// without them.
import { cameraVerdict, measureCamera } from './camera-check.js';
import { measureMicrophone, microphoneVerdict } from './microphone-check.js';

export { playOn, playTestSound, recordSound } from './sound-out.js';

/** Watches the camera's track for `ms`: its figures and the verdict on them. */
export async function checkCameraTrack(track: MediaStreamTrack, ms: number, signal: AbortSignal) {
  const figures = await measureCamera(track, ms, signal);
  return { ...cameraVerdict(figures), ...figures };
}

/** Listens to the microphone's track for `ms`: the verdict, the loudest level and the silence. */
export async function checkMicrophoneTrack(track: MediaStreamTrack, ms: number, signal: AbortSignal) {
  const figures = await measureMicrophone(track, ms, signal);
  const { peakLevel, silentSeconds } = figures;
  return { ...microphoneVerdict(figures), peakLevel, silentSeconds };
}
