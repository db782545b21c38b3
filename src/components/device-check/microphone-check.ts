import { levelOf } from '../audio-meter/level.js';
import { acquireAudioContext, audioContextRunning, releaseAudioContext } from '../../utils/shared-audio-context.js';
import type { MicrophoneReport } from './check-report.js';

// Each sample reads the last 85 ms (4096 samples at 48 kHz): every 50 ms, no short sound is missed.
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
  const context = acquireAudioContext();
  let source: MediaStreamAudioSourceNode | undefined;
  try {
    await audioContextRunning(3000);
    if (context.state !== 'running') return { peakLevel: 0, silentSeconds: 0, measured: false };
    source = context.createMediaStreamSource(new MediaStream([track]));
    const analyser = context.createAnalyser();
    analyser.fftSize = 4096;
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    let peakLevel = 0;
    let silentSince = performance.now();
    let silentSeconds = 0;
    const listen = () => {
      analyser.getFloatTimeDomainData(samples);
      const level = levelOf(samples);
      peakLevel = Math.max(peakLevel, level);
      const now = performance.now();
      if (level >= silentLevel) silentSince = now;
      silentSeconds = Math.max(silentSeconds, (now - silentSince) / 1000);
    };
    const timer = setInterval(listen, sampleEveryMs);
    await new Promise<void>((resolve) => {
      const done = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => {
        clearTimeout(done);
        resolve();
      }, { once: true });
    });
    clearInterval(timer);
    return { peakLevel, silentSeconds: Math.round(silentSeconds * 10) / 10, measured: true };
  } finally {
    source?.disconnect();
    releaseAudioContext();
  }
}

/** The verdict on what the microphone sent. */
export function microphoneVerdict(figures: MicrophoneFigures): Pick<MicrophoneReport, 'status' | 'code'> {
  if (!figures.measured) return { status: 'warning', code: 'not-measured' };
  if (figures.peakLevel < silentLevel) return { status: 'fail', code: 'silent' };
  return { status: 'ok', code: 'ok' };
}
