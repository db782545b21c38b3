import { acquireAudioContext, audioContextRunning, releaseAudioContext } from '../../utils/shared-audio-context.js';
import { TrackLevel } from '../../utils/track-level.js';
import { waitOrAbort } from '../../utils/wait-or-abort.js';
import type { MicrophoneReport } from './check-report.js';

// Each read covers the last 85 ms (4096 samples at 48 kHz): every 50 ms, no short sound is missed.
const sampleEveryMs = 50;
/** Below this level (0–100, about -58 dBFS) a microphone sends silence. */
const silentLevel = 3;

export type MicrophoneFigures = Pick<MicrophoneReport, 'peakLevel' | 'silentSeconds'> & {
  /** Web Audio ran: the levels were measured. */
  measured: boolean;
};

/**
 * Listens to `track` for `ms` on the page's shared AudioContext, noting the loudest level and the
 * longest silence. Sampled on a timer, not on animation frames, so a hidden page measures too.
 * Resolves early, with what was heard, when `signal` aborts.
 */
export async function measureMicrophone(track: MediaStreamTrack, ms: number, signal: AbortSignal): Promise<MicrophoneFigures> {
  const context = acquireAudioContext(); // held while Web Audio starts: it may need a moment
  let level: TrackLevel | undefined;
  try {
    await audioContextRunning(3000);
    if (context.state !== 'running') return { peakLevel: 0, silentSeconds: 0, measured: false };
    level = new TrackLevel(track, 4096);
    const reading = level;
    let peakLevel = 0;
    let silentSince = performance.now();
    let silentSeconds = 0;
    const listen = () => {
      const now = performance.now();
      const heard = reading.read();
      peakLevel = Math.max(peakLevel, heard);
      if (heard >= silentLevel) silentSince = now;
      silentSeconds = Math.max(silentSeconds, (now - silentSince) / 1000);
    };
    const timer = setInterval(listen, sampleEveryMs);
    await waitOrAbort(ms, signal);
    clearInterval(timer);
    return { peakLevel, silentSeconds: Math.round(silentSeconds * 10) / 10, measured: true };
  } finally {
    level?.close();
    releaseAudioContext();
  }
}

/** The verdict on what the microphone sent. */
export function microphoneVerdict(figures: MicrophoneFigures): Pick<MicrophoneReport, 'status' | 'code'> {
  if (!figures.measured) return { status: 'warning', code: 'not-measured' };
  if (figures.peakLevel < silentLevel) return { status: 'fail', code: 'silent' };
  return { status: 'ok', code: 'ok' };
}
