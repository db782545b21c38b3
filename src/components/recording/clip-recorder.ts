import { AudioMix, hasAudio, microphoneInput, type AudioInputs } from './audio-mix.js';
import { recordingUnsupportedError } from './recording-errors.js';

/** Containers and codecs to try, best first. */
const candidates = (withAudio: boolean) => withAudio
  ? ['video/webm;codecs=vp9,opus', 'video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4']
  : ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm', 'video/mp4'];

/**
 * The first type this browser's MediaRecorder can write: WebM, else MP4 (Safari). Throws
 * (`unsupported`, reason `recording-unsupported`) when it writes neither or has no MediaRecorder:
 * a recorder left to choose would write a type nobody asked for.
 */
export function chooseMimeType(withAudio: boolean): string {
  const type = typeof MediaRecorder === 'function'
    ? candidates(withAudio).find((candidate) => MediaRecorder.isTypeSupported(candidate)) : undefined;
  if (!type) throw recordingUnsupportedError();
  return type;
}

export interface RecordedClip {
  blob: Blob;
  mimeType: string;
  /** Seconds. */
  duration: number;
}

/**
 * Records a video track (a canvas, which survives a switch of what it draws) and its audio
 * inputs mixed through Web Audio into one track, so switching an input mid-recording (another
 * microphone) only changes what feeds the recording, never the recording itself. Without any
 * input at the start the clip has no sound. A recording that cannot be set up throws from the
 * constructor, with everything it had taken released.
 */
export class ClipRecorder {
  readonly mimeType: string;
  private readonly recorder: MediaRecorder;
  private readonly chunks: Blob[] = [];
  private readonly startedAt = performance.now();
  private readonly mix?: AudioMix;
  private readonly finished: Promise<RecordedClip>;

  constructor(video: MediaStreamTrack, audio: AudioInputs, onError: (error: Error) => void) {
    this.mimeType = chooseMimeType(hasAudio(audio)); // before anything is taken
    this.mix = hasAudio(audio) ? new AudioMix(audio) : undefined;
    try {
      const stream = new MediaStream([video, ...(this.mix?.output ?? [])]);
      this.recorder = new MediaRecorder(stream, { mimeType: this.mimeType });
      this.recorder.addEventListener('dataavailable', (event) => event.data.size && this.chunks.push(event.data));
      this.recorder.addEventListener('error', (event) =>
        onError((event as Event & { error?: Error }).error ?? new Error('The recording failed.')));
      this.finished = new Promise((resolve) => this.recorder.addEventListener('stop', () => {
        const mimeType = this.recorder.mimeType || this.mimeType;
        resolve({ blob: new Blob(this.chunks, { type: mimeType }), mimeType, duration: (performance.now() - this.startedAt) / 1000 });
      }, { once: true }));
      this.recorder.start(1000);
    } catch (error) {
      this.mix?.close();
      throw error;
    }
  }

  /** Seconds since the recording started. */
  get elapsed(): number {
    return (performance.now() - this.startedAt) / 1000;
  }

  /**
   * Feeds the audio input `name` from another track (or none, for a moment, during a switch).
   * Ignored when the recording started without sound: its recorder has no audio track to feed.
   */
  setAudio(name: string, track: MediaStreamTrack | undefined): void {
    this.mix?.set(name, track);
  }

  /** Feeds the recording from another microphone (or none, for a moment, during a switch). */
  setMicrophone(track: MediaStreamTrack | undefined): void {
    this.setAudio(microphoneInput, track);
  }

  /** Ends the recording; resolves with the whole clip. */
  async stop(): Promise<RecordedClip> {
    if (this.recorder.state !== 'inactive') this.recorder.stop();
    const clip = await this.finished;
    this.mix?.close();
    return clip;
  }
}
