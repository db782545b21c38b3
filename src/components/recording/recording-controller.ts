import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hasAudio, microphoneInput, type AudioInputs } from './audio-mix.js';
import { acquireAudioContext, audioContextRunning, releaseAudioContext } from '../../utils/shared-audio-context.js';
import { ClipRecorder, type RecordedClip } from './clip-recorder.js';
import { firstFrameTimeoutMs } from '../../utils/first-frame.js';
import { releaseUnlessMoved } from '../../utils/unless-moved.js';

/** A canvas a recording can take its video from (the booth's FilterPipeline, the screen's CompositePipeline). */
export interface FramePipeline {
  /** The canvas's live stream: its video track is what is recorded. */
  readonly stream: MediaStream;
  /** Resolves when the first frame is on the canvas: a recorder started before would record nothing. */
  readonly drawn: Promise<void>;
}

export interface RecordingOptions {
  /** The longest clip in seconds; 0 for no limit. */
  maxDuration: () => number;
  /**
   * The canvas to record, brought up to date now: asked while the recording is `active`, so it
   * runs; undefined when it cannot (nothing to draw, or the element left the page).
   */
  canvas: () => FramePipeline | undefined;
  /** A clip is finished (after a failure too: what was recorded is kept, unless that is nothing). */
  onClip: (clip: RecordedClip) => void;
  /** The recording could not be set up, or failed while it ran. */
  onError: (error: Error) => void;
}

/**
 * A recording of a canvas and its sound: it starts once the canvas has its first frame (a recorder started
 * before records nothing), keeps the elapsed time, stops at the longest duration, and ends with
 * the element.
 */
export class RecordingController implements ReactiveController {
  /** Seconds recorded so far. */
  elapsed = 0;
  /** Waiting for the canvas's first frame. */
  starting = false;
  private recorder?: ClipRecorder;
  private clock?: ReturnType<typeof setInterval>;
  /** Handing the last frames to the encoder: the canvas must stay on until the clip is whole. */
  private finishing = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: RecordingOptions) {
    host.addController(this);
  }

  get recording(): boolean {
    return this.recorder !== undefined;
  }

  /** Recording, about to, or finishing: the canvas must stay on (ending its track early loses frames). */
  get active(): boolean {
    return this.recording || this.starting || this.finishing;
  }

  /**
   * Records the canvas and `audio` (its inputs mixed into one track; none for a silent clip),
   * once the canvas has its first frame. Never rejects: a recording that cannot be set up goes to
   * `onError`, with everything it had taken released.
   */
  async start(audio: AudioInputs = {}): Promise<void> {
    if (this.active) return;
    this.starting = true;
    this.host.requestUpdate();
    try {
      const pipeline = this.options.canvas();
      if (!pipeline) return;
      await Promise.race([pipeline.drawn, new Promise((resolve) => setTimeout(resolve, firstFrameTimeoutMs))]);
      if (this.options.canvas() !== pipeline) return; // the element left the page meanwhile
      this.recorder = await this.withRunningAudio(hasAudio(audio), () => (this.options.canvas() === pipeline
        ? new ClipRecorder(pipeline.stream.getVideoTracks()[0], audio, (error) => this.fail(error))
        : undefined)); // the element left the page while the sound started
      if (!this.recorder) return;
    } catch (cause) {
      this.options.onError(cause instanceof Error ? cause : new Error(String(cause)));
      return;
    } finally {
      this.starting = false;
      this.host.requestUpdate();
    }
    this.elapsed = 0;
    this.clock = setInterval(() => {
      this.elapsed = this.recorder?.elapsed ?? 0;
      const longest = this.options.maxDuration();
      if (longest && this.elapsed >= longest) void this.stop(true);
      this.host.requestUpdate();
    }, 250);
  }

  /**
   * Makes the recorder once the shared AudioContext runs: one still suspended (made before any
   * click, or slow to start) feeds the recorder nothing, and Chromium then writes an empty file.
   */
  private async withRunningAudio<T>(audio: boolean, make: () => T): Promise<T> {
    if (!audio) return make();
    acquireAudioContext(); // kept for the recorder's mix, which takes its own reference
    try {
      await audioContextRunning(3000); // a busy machine can take seconds to start Web Audio
      return make();
    } finally {
      releaseAudioContext();
    }
  }

  /** Feeds the recording from the microphone now live (after a switch); see `setAudio()`. */
  setMicrophone(track: MediaStreamTrack | undefined): void {
    this.setAudio(microphoneInput, track);
  }

  /**
   * Feeds the audio input `name` from the track now live (after a switch), the other inputs
   * going on. Runs during the host's update: a track that cannot be routed ends the recording
   * through `onError`, keeping the clip so far, and never throws out of the update.
   */
  setAudio(name: string, track: MediaStreamTrack | undefined): void {
    try {
      this.recorder?.setAudio(name, track);
    } catch (cause) {
      this.fail(cause instanceof Error ? cause : new Error(String(cause)));
    }
  }

  /** The recording failed while it ran: reported, then ended, keeping what was recorded. */
  private fail(error: Error): void {
    this.options.onError(error);
    void this.stop(true, true);
  }

  /**
   * Ends the recording; `keep` hands the clip to `onClip`. After a failure (`failed`, reported
   * already) a clip with nothing in it is dropped: the failure is what happened, and a second
   * report ("nothing was recorded") would replace its words.
   */
  async stop(keep: boolean, failed = false): Promise<void> {
    const recorder = this.recorder;
    if (!recorder) return;
    this.recorder = undefined;
    this.finishing = true;
    clearInterval(this.clock);
    this.host.requestUpdate();
    const clip = await recorder.stop();
    this.finishing = false;
    this.host.requestUpdate(); // the pipeline ends unless a filter still needs it
    if (keep && !(failed && clip.blob.size === 0)) this.options.onClip(clip);
  }

  hostDisconnected(): void {
    releaseUnlessMoved(this.host, () => void this.stop(false));
  }
}
