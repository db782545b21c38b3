import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hasAudio, microphoneInput, type AudioInputs } from './audio-inputs.js';
import { acquireAudioContext, audioContextRunning, releaseAudioContext } from '../../utils/shared-audio-context.js';
import { chooseMimeType } from './clip-format.js';
import { ClipRecorder } from './clip-recorder.js';
import { ClipKeeper } from './clip-keeper.js';
import { seekableClip } from './seekable-clip.js';
import type { FramePipeline, RecordingOptions } from './recording-controller.js';
import type { ClipFormat } from './clip-format.js';
import { firstFrameTimeoutMs } from '../../utils/first-frame.js';
import { releaseUnlessMoved } from '../../utils/unless-moved.js';

/** Milliseconds between pieces when the page asked for none: pieces are what is kept for recovery. */
const keptPieceMs = 1000;
/** With a size limit, pieces come often enough to stop close under it. */
const sizeLimitedPieceMs = 250;

/**
 * The work of a `RecordingController`, loaded with the first recording. A recording of a canvas and its sound: it starts once the canvas has its first frame (a recorder started
 * before records nothing), keeps the elapsed time, pauses, stops at the longest duration or the
 * largest size, keeps a copy of the file as it is written (recoverable after a crash), hands out
 * seekable clips, and ends with the element.
 */
export class RecordingRunner implements ReactiveController {
  /** Seconds recorded so far, pauses left out. */
  elapsed = 0;
  /** Waiting for the canvas's first frame. */
  starting = false;
  private recorder?: ClipRecorder;
  private keeper?: ClipKeeper;
  private clock?: ReturnType<typeof setInterval>;
  /** Handing the last frames to the encoder: the canvas must stay on until the clip is whole. */
  private finishing = false;
  /** Formats already warned about: a page is told once, not at every clip. */
  private readonly warnedFormats = new Set<ClipFormat>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: RecordingOptions) {
    host.addController(this);
  }

  get recording(): boolean {
    return this.recorder !== undefined;
  }

  /** Whether the recording is held (`pause()`). */
  get paused(): boolean {
    return this.recorder?.paused ?? false;
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
      await this.options.prepare?.();
      const mimeType = this.mimeType(hasAudio(audio)); // before anything is taken
      const pipeline = this.options.canvas();
      if (!pipeline) return;
      await Promise.race([pipeline.drawn, new Promise((resolve) => setTimeout(resolve, firstFrameTimeoutMs))]);
      if (this.options.canvas() !== pipeline) return; // the element left the page meanwhile
      this.recorder = await this.withRunningAudio(hasAudio(audio), () => (this.options.canvas() === pipeline
        ? this.record(pipeline, audio, mimeType)
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

  /** The type to record in: the format asked for, or the other one with a warning (once per format). */
  private mimeType(withAudio: boolean): string {
    const format = this.options.format?.() ?? 'auto';
    const { mimeType, fellBack } = chooseMimeType(withAudio, format);
    if (fellBack && !this.warnedFormats.has(format)) {
      this.warnedFormats.add(format);
      console.warn(`<${this.host.localName}>: this browser cannot record ${format}; clips are recorded as ${mimeType}.`);
    }
    return mimeType;
  }

  private record(pipeline: FramePipeline, audio: AudioInputs, mimeType: string): ClipRecorder {
    const interval = this.options.chunkInterval?.() ?? 0;
    const recorder = new ClipRecorder(pipeline.stream.getVideoTracks()[0], audio, {
      mimeType,
      timeslice: interval || (this.options.maxSize?.() ? sizeLimitedPieceMs : keptPieceMs),
      onChunk: (chunk) => {
        keeper.keep(chunk.blob); // pieces come after the constructor returned
        if (interval) this.options.onChunk?.(chunk);
        this.stopBeforeTooLarge(recorder, chunk.blob.size);
      },
      onError: (error) => this.fail(error),
    });
    // Made once the recorder is: a recording that failed to start keeps nothing.
    const keeper = new ClipKeeper({ mimeType, source: this.host.localName, startedAt: Date.now() }, (notice) => this.options.onNotice?.(notice));
    this.keeper = keeper;
    return recorder;
  }

  /** Stops while the file still fits in `maxSize` once its last piece and its index are written. */
  private stopBeforeTooLarge(recorder: ClipRecorder, pieceBytes: number): void {
    const largest = this.options.maxSize?.() ?? 0;
    // Room for two more pieces: the one the recorder writes on stop, and encoders' uneven rates.
    if (largest && recorder === this.recorder && recorder.bytes + 2 * pieceBytes >= largest * 0.98) void this.stop(true);
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

  /** Holds the recording: the timer stands still and nothing is recorded until `resume()`. */
  pause(): void {
    if (!this.recorder || this.paused) return;
    this.recorder.pause();
    this.pauseChanged();
  }

  resume(): void {
    if (!this.recorder || !this.paused) return;
    this.recorder.resume();
    this.pauseChanged();
  }

  /** Pauses a running recording, or resumes a paused one. */
  togglePause(): void {
    if (this.paused) this.resume();
    else this.pause();
  }

  private pauseChanged(): void {
    this.options.onPauseChange?.(this.paused);
    this.host.requestUpdate();
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
   * Ends the recording; `keep` hands the clip, made seekable, to `onClip`. After a failure
   * (`failed`, reported already) a clip with nothing in it is dropped: the failure is what
   * happened, and a second report ("nothing was recorded") would replace its words. The copy
   * kept while recording is forgotten once the clip is handed out or dropped.
   */
  async stop(keep: boolean, failed = false): Promise<void> {
    const { recorder, keeper } = this;
    if (!recorder) return;
    this.recorder = undefined;
    this.keeper = undefined;
    this.finishing = true;
    clearInterval(this.clock);
    this.host.requestUpdate();
    const recorded = await recorder.stop();
    this.finishing = false;
    this.host.requestUpdate(); // the pipeline ends unless a filter still needs it
    if (keep && !(failed && recorded.blob.size === 0)) this.options.onClip(await seekableClip(recorded));
    await keeper?.forget();
  }

  hostDisconnected(): void {
    releaseUnlessMoved(this.host, () => void this.stop(false));
  }
}
