import { acquireAudioContext, releaseAudioContext } from '../../utils/shared-audio-context.js';

/** Containers and codecs to try, best first. */
const candidates = (withAudio: boolean) => withAudio
  ? ['video/webm;codecs=vp9,opus', 'video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4']
  : ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm', 'video/mp4'];

/** The first type this browser's MediaRecorder can write, or '' to let it choose. */
export function chooseMimeType(withAudio: boolean): string {
  return candidates(withAudio).find((type) => MediaRecorder.isTypeSupported(type)) ?? '';
}

export interface RecordedClip {
  blob: Blob;
  mimeType: string;
  /** Seconds. */
  duration: number;
}

/**
 * Records a video track (the booth's canvas, which survives a camera switch) and the
 * microphone routed through Web Audio, so switching the microphone mid-recording only changes
 * what feeds the recording, never the recording itself.
 */
export class ClipRecorder {
  readonly mimeType: string;
  private readonly recorder: MediaRecorder;
  private readonly chunks: Blob[] = [];
  private readonly startedAt = performance.now();
  private readonly audio?: {
    context: AudioContext;
    destination: MediaStreamAudioDestinationNode;
    source?: MediaStreamAudioSourceNode;
    track?: MediaStreamTrack;
  };
  private readonly finished: Promise<RecordedClip>;

  constructor(video: MediaStreamTrack, microphone: MediaStreamTrack | undefined, onError: (error: Error) => void) {
    const tracks = [video];
    if (microphone) {
      const context = acquireAudioContext();
      const destination = context.createMediaStreamDestination();
      this.audio = { context, destination };
      this.setMicrophone(microphone);
      tracks.push(...destination.stream.getAudioTracks());
    }
    this.mimeType = chooseMimeType(microphone !== undefined);
    this.recorder = new MediaRecorder(new MediaStream(tracks), this.mimeType ? { mimeType: this.mimeType } : {});
    this.recorder.addEventListener('dataavailable', (event) => event.data.size && this.chunks.push(event.data));
    this.recorder.addEventListener('error', (event) =>
      onError((event as Event & { error?: Error }).error ?? new Error('The recording failed.')));
    this.finished = new Promise((resolve) => this.recorder.addEventListener('stop', () => {
      const mimeType = this.recorder.mimeType || this.mimeType || 'video/webm';
      resolve({ blob: new Blob(this.chunks, { type: mimeType }), mimeType, duration: (performance.now() - this.startedAt) / 1000 });
    }, { once: true }));
    this.recorder.start(1000);
  }

  /** Seconds since the recording started. */
  get elapsed(): number {
    return (performance.now() - this.startedAt) / 1000;
  }

  /** Feeds the recording from another microphone (or none, for a moment, during a switch). */
  setMicrophone(track: MediaStreamTrack | undefined): void {
    const audio = this.audio;
    if (!audio || audio.track === track) return;
    audio.source?.disconnect();
    audio.track = track;
    audio.source = track ? audio.context.createMediaStreamSource(new MediaStream([track])) : undefined;
    audio.source?.connect(audio.destination);
  }

  /** Ends the recording; resolves with the whole clip. */
  async stop(): Promise<RecordedClip> {
    if (this.recorder.state !== 'inactive') this.recorder.stop();
    const clip = await this.finished;
    if (this.audio) {
      this.audio.source?.disconnect();
      this.audio.destination.stream.getTracks().forEach((t) => t.stop());
      releaseAudioContext();
    }
    return clip;
  }
}
