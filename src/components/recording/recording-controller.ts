import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CaptureError } from '../../core/index.js';
import { hasAudio, microphoneInput, type AudioInputs } from './audio-inputs.js';
import { acquireAudioContext, audioContextRunning, releaseAudioContext } from '../../utils/shared-audio-context.js';
import type { ClipFormat } from './clip-format.js';
import type { ClipRecorder, RecordedClip, RecordingChunk } from './clip-recorder.js';
import type { ClipKeeper } from './clip-keeper.js';
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
  /** The largest clip in bytes; 0 for no limit. */
  maxSize?: () => number;
  /** The container asked for. */
  format?: () => ClipFormat;
  /** Milliseconds between the pieces handed to `onChunk`; 0 hands none out. */
  chunkInterval?: () => number;
  /** Loads what `canvas()` needs (its pipeline's module): awaited by `start()` before asking for it. */
  prepare?: () => Promise<unknown>;
  /**
   * The canvas to record, brought up to date now: asked while the recording is `active`, so it
   * runs; undefined when it cannot (nothing to draw, or the element left the page).
   */
  canvas: () => FramePipeline | undefined;
  /** A piece of the file as it is written (only with a `chunkInterval`). */
  onChunk?: (chunk: RecordingChunk) => void;
  /** A clip is finished (after a failure too: what was recorded is kept, unless that is nothing). */
  onClip: (clip: RecordedClip) => void;
  /** The recording could not be set up, or failed while it ran. */
  onError: (error: Error) => void;
  /** Something the person should know while the recording goes on (the storage is full). */
  onNotice?: (notice: CaptureError) => void;
  /** The recording was paused (true) or resumed. */
  onPauseChange?: (paused: boolean) => void;
}

type RecordingEngine = typeof import('./recording-engine.js');

/** Milliseconds between pieces when the page asked for none: pieces are what is kept for recovery. */
const keptPieceMs = 1000;
/** With a size limit, pieces come often enough to stop close under it. */
const sizeLimitedPieceMs = 250;

/**
 * A recording of a canvas and its sound: it starts once the canvas has its first frame (a recorder started
 * before records nothing), keeps the elapsed time, pauses, stops at the longest duration or the
 * largest size, keeps a copy of the file as it is written (recoverable after a crash), hands out
 * seekable clips, and ends with the element.
 */
export class RecordingController implements ReactiveController {
  /** Seconds recorded so far, pauses left out. */
  elapsed = 0;
  /** Waiting for the canvas's first frame. */
  starting = false;
  private recorder?: ClipRecorder;
  private keeper?: ClipKeeper;
  private clock?: ReturnType<typeof setInterval>;
  /** The recorder and what goes with it, loaded by the first `start()`. */
  private engine?: RecordingEngine;
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
      const [engine] = await Promise.all([import('./recording-engine.js'), this.options.prepare?.()]);
      this.engine = engine;
      const mimeType = this.mimeType(engine, hasAudio(audio)); // before anything is taken
      const pipeline = this.options.canvas();
      if (!pipeline) return;
      await Promise.race([pipeline.drawn, new Promise((resolve) => setTimeout(resolve, firstFrameTimeoutMs))]);
      if (this.options.canvas() !== pipeline) return; // the element left the page meanwhile
      this.recorder = await this.withRunningAudio(hasAudio(audio), () => (this.options.canvas() === pipeline
        ? this.record(engine, pipeline, audio, mimeType)
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
  private mimeType({ chooseMimeType }: RecordingEngine, withAudio: boolean): string {
    const format = this.options.format?.() ?? 'auto';
    const { mimeType, fellBack } = chooseMimeType(withAudio, format);
    if (fellBack && !this.warnedFormats.has(format)) {
      this.warnedFormats.add(format);
      console.warn(`<${this.host.localName}>: this browser cannot record ${format}; clips are recorded as ${mimeType}.`);
    }
    return mimeType;
  }

  private record({ ClipRecorder, ClipKeeper }: RecordingEngine, pipeline: FramePipeline, audio: AudioInputs, mimeType: string): ClipRecorder {
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
    const { recorder, keeper, engine } = this;
    if (!recorder || !engine) return;
    this.recorder = undefined;
    this.keeper = undefined;
    this.finishing = true;
    clearInterval(this.clock);
    this.host.requestUpdate();
    const recorded = await recorder.stop();
    this.finishing = false;
    this.host.requestUpdate(); // the pipeline ends unless a filter still needs it
    if (keep && !(failed && recorded.blob.size === 0)) this.options.onClip(await engine.seekableClip(recorded));
    await keeper?.forget();
  }

  hostDisconnected(): void {
    releaseUnlessMoved(this.host, () => void this.stop(false));
  }
}
