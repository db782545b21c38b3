import { html, nothing } from 'lit';
import { boothTexts } from '../photo-booth/photo-booth.strings.js';
import { minutesAndSeconds } from './finished-clip.js';
import type { RecordingController } from './recording-controller.js';

/** What is announced when a recording is paused or resumed. */
export const pauseAnnouncement = (paused: boolean): string => (paused ? boothTexts().recordingPaused : boothTexts().recordingResumed);

/** While a recording runs: its pause (or resume) button and its timer, which stands still while paused. */
export function renderRecordingStatus(recorder: RecordingController) {
  if (!recorder.recording) return nothing;
  const s = boothTexts();
  return html`<button part="pause-button" type="button" @click=${() => recorder.togglePause()}>${recorder.paused ? s.resumeRecording : s.pauseRecording}</button>
    <span part="timer" class="timer" role="timer">${minutesAndSeconds(recorder.elapsed)}</span>`;
}
