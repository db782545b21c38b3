import { recordingUnsupportedError } from './booth-errors.js';
import { acquireAudioContext, releaseAudioContext } from '../../utils/shared-audio-context.js';

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
 * The microphone routed through Web Audio into a destination track the recording holds, so a
 * switch of microphone changes what feeds it, not the recording. Holds a reference to the shared
 * AudioContext from creation to `close()` (also when setting it up fails).
 */
class MicrophoneRoute {
  private readonly context = acquireAudioContext();
  private destination?: MediaStreamAudioDestinationNode;
  private source?: MediaStreamAudioSourceNode;
  private track?: MediaStreamTrack;
  private closed = false;

  constructor(microphone: MediaStreamTrack) {
    try {
      this.destination = this.context.createMediaStreamDestination();
      this.setMicrophone(microphone);
    } catch (error) {
      this.close();
      throw error;
    }
  }

  /** The track the recording takes its sound from. */
  get output(): MediaStreamTrack[] {
    return this.destination?.stream.getAudioTracks() ?? [];
  }

  /** Feeds the output from `track` (or from nothing, for a moment, during a switch). */
  setMicrophone(track: MediaStreamTrack | undefined): void {
    if (this.track === track || !this.destination) return;
    this.source?.disconnect();
    this.source = undefined;
    this.track = track;
    if (!track) return;
    this.source = this.context.createMediaStreamSource(new MediaStream([track]));
    this.source.connect(this.destination);
  }

  /** Disconnects, ends the output track and lets go of the AudioContext; idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.source?.disconnect();
    this.output.forEach((t) => t.stop());
    releaseAudioContext();
  }
}

/**
 * Records a video track (the booth's canvas, which survives a camera switch) and the
 * microphone routed through Web Audio, so switching the microphone mid-recording only changes
 * what feeds the recording, never the recording itself. A recording that cannot be set up
 * throws from the constructor, with everything it had taken released.
 */
export class ClipRecorder {
  readonly mimeType: string;
  private readonly recorder: MediaRecorder;
  private readonly chunks: Blob[] = [];
  private readonly startedAt = performance.now();
  private readonly microphone?: MicrophoneRoute;
  private readonly finished: Promise<RecordedClip>;

  constructor(video: MediaStreamTrack, microphone: MediaStreamTrack | undefined, onError: (error: Error) => void) {
    this.mimeType = chooseMimeType(microphone !== undefined); // before anything is taken
    this.microphone = microphone && new MicrophoneRoute(microphone);
    try {
      const stream = new MediaStream([video, ...(this.microphone?.output ?? [])]);
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
      this.microphone?.close();
      throw error;
    }
  }

  /** Seconds since the recording started. */
  get elapsed(): number {
    return (performance.now() - this.startedAt) / 1000;
  }

  /** Feeds the recording from another microphone (or none, for a moment, during a switch). */
  setMicrophone(track: MediaStreamTrack | undefined): void {
    this.microphone?.setMicrophone(track);
  }

  /** Ends the recording; resolves with the whole clip. */
  async stop(): Promise<RecordedClip> {
    if (this.recorder.state !== 'inactive') this.recorder.stop();
    const clip = await this.finished;
    this.microphone?.close();
    return clip;
  }
}
