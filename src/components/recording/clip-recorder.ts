import type { RecordingChunk } from '../../types.js';
import { AudioMix } from './audio-mix.js';
import { hasAudio, microphoneInput, type AudioInputs } from './audio-inputs.js';

export interface RecordedClip {
  blob: Blob;
  mimeType: string;
  /** Seconds, pauses left out. */
  duration: number;
}

export type { RecordingChunk };

export interface ClipRecorderOptions {
  /** A type this browser records (`chooseMimeType`). */
  mimeType: string;
  /** Milliseconds between pieces. */
  timeslice: number;
  /** Each piece, as it is written. */
  onChunk: (chunk: RecordingChunk) => void;
  /** The recorder failed while it ran. */
  onError: (error: Error) => void;
}

/**
 * Records a video track (a canvas, which survives a switch of what it draws) and its audio
 * inputs mixed through Web Audio into one track, so switching an input mid-recording (another
 * microphone) only changes what feeds the recording, never the recording itself. Without any
 * input at the start the clip has no sound. The file is written in pieces every `timeslice`. A
 * recording that cannot be set up throws from the constructor, with everything it had taken released.
 */
export class ClipRecorder {
  readonly mimeType: string;
  /** Bytes written so far. */
  bytes = 0;
  private readonly recorder: MediaRecorder;
  private readonly chunks: Blob[] = [];
  private readonly mix?: AudioMix;
  private readonly finished: Promise<RecordedClip>;
  /** When the running stretch began (undefined while paused or stopped), and the seconds of the stretches before it. */
  private runningSince: number | undefined = performance.now();
  private recordedBefore = 0;

  constructor(video: MediaStreamTrack, audio: AudioInputs, { mimeType, timeslice, onChunk, onError }: ClipRecorderOptions) {
    this.mimeType = mimeType;
    this.mix = hasAudio(audio) ? new AudioMix(audio) : undefined;
    try {
      const stream = new MediaStream([video, ...(this.mix?.output ?? [])]);
      this.recorder = new MediaRecorder(stream, { mimeType });
      this.recorder.addEventListener('dataavailable', ({ data }) => {
        if (!data.size) return;
        this.bytes += data.size;
        onChunk({ index: this.chunks.push(data) - 1, blob: data, elapsed: this.elapsed });
      });
      this.recorder.addEventListener('error', (event) =>
        onError((event as Event & { error?: Error }).error ?? new Error('The recording failed.')));
      this.finished = new Promise((resolve) => this.recorder.addEventListener('stop', () => {
        this.endStretch(); // also when the recorder stopped by itself (its tracks ended)
        const type = this.recorder.mimeType || mimeType;
        resolve({ blob: new Blob(this.chunks, { type }), mimeType: type, duration: this.elapsed });
      }, { once: true }));
      this.recorder.start(timeslice);
    } catch (error) {
      this.mix?.close();
      throw error;
    }
  }

  /** Seconds recorded so far, pauses left out. */
  get elapsed(): number {
    return this.recordedBefore + (this.runningSince === undefined ? 0 : (performance.now() - this.runningSince) / 1000);
  }

  get paused(): boolean {
    return this.recorder.state === 'paused';
  }

  /** Holds the recording: nothing is recorded and the time stands still until `resume()`. */
  pause(): void {
    if (this.recorder.state !== 'recording') return;
    this.endStretch();
    this.recorder.pause();
  }

  resume(): void {
    if (!this.paused) return;
    this.runningSince = performance.now();
    this.recorder.resume();
  }

  private endStretch(): void {
    this.recordedBefore = this.elapsed;
    this.runningSince = undefined;
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
    this.endStretch();
    if (this.recorder.state !== 'inactive') this.recorder.stop();
    const clip = await this.finished;
    this.mix?.close();
    return clip;
  }
}
