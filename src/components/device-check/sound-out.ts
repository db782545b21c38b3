import { canChooseSink } from '../../utils/apply-sink.js';

/** A WAV file of a short, soft two-note chime: what the speaker test plays. */
function chime(): Blob {
  const rate = 22050;
  const seconds = 0.8;
  const count = Math.round(rate * seconds);
  const data = new DataView(new ArrayBuffer(44 + count * 2));
  const text = (at: number, value: string) => [...value].forEach((c, i) => data.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  data.setUint32(4, 36 + count * 2, true);
  text(8, 'WAVEfmt ');
  data.setUint32(16, 16, true);
  data.setUint16(20, 1, true); // PCM
  data.setUint16(22, 1, true); // mono
  data.setUint32(24, rate, true);
  data.setUint32(28, rate * 2, true);
  data.setUint16(32, 2, true);
  data.setUint16(34, 16, true);
  text(36, 'data');
  data.setUint32(40, count * 2, true);
  for (let i = 0; i < count; i++) {
    const t = i / rate;
    const frequency = t < seconds / 2 ? 660 : 880;
    const envelope = Math.min(1, t * 40, (seconds - t) * 40) * 0.25; // no clicks, -12 dBFS
    data.setInt16(44 + i * 2, Math.round(Math.sin(2 * Math.PI * frequency * t) * envelope * 32767), true);
  }
  return new Blob([data.buffer], { type: 'audio/wav' });
}

/**
 * Plays `blob` to its end on the speaker `deviceId` (the default where the browser cannot choose,
 * or for `''`). Rejects when the speaker cannot be chosen or the sound cannot play.
 */
export async function playOn(blob: Blob, deviceId = ''): Promise<void> {
  const url = URL.createObjectURL(blob);
  const audio = new Audio(url);
  try {
    if (deviceId && canChooseSink()) await audio.setSinkId(deviceId);
    const ended = new Promise((resolve, reject) => {
      audio.addEventListener('ended', resolve, { once: true });
      audio.addEventListener('error', () => reject(new Error(audio.error?.message || 'the sound could not be played')), { once: true });
    });
    // A sound that never ends (no audio output at all) fails after its length and a margin.
    const stuck = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the sound did not play to its end')), 5000));
    await Promise.race([audio.play().then(() => ended), stuck]);
  } finally {
    audio.removeAttribute('src');
    audio.load();
    URL.revokeObjectURL(url);
  }
}

/** The speaker test: the chime on `deviceId`. */
export const playTestSound = (deviceId?: string): Promise<void> => playOn(chime(), deviceId);

/**
 * Records `seconds` of `track` (the microphone) and resolves with the recording, for the person
 * to hear themselves. Rejects where the browser records no sound.
 */
export async function recordSound(track: MediaStreamTrack, seconds: number): Promise<Blob> {
  const recorder = new MediaRecorder(new MediaStream([track]));
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', ({ data }) => data.size && chunks.push(data));
  const stopped = new Promise((resolve) => recorder.addEventListener('stop', resolve, { once: true }));
  recorder.start();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  if (recorder.state !== 'inactive') recorder.stop();
  await stopped;
  return new Blob(chunks, { type: recorder.mimeType });
}
