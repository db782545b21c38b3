import type { ReactiveControllerHost } from 'lit';
import type { CaptureError } from '../../core/index.js';
import type { AudioInputs } from './audio-inputs.js';
import type { ClipFormat } from './clip-format.js';
import type { RecordedClip, RecordingChunk } from './clip-recorder.js';
import type { RecordingRunner } from './recording-runner.js';
import { loadPart } from '../../utils/lazy-module.js';

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

/**
 * A recording of a canvas and its sound, as an element sees it: its state for the render and the
 * calls of its buttons. The work (recorder, sound mix, the copy kept while recording, the file
 * made seekable) is a `RecordingRunner`, loaded with the first recording: a page that only takes
 * photos never fetches it.
 */
export class RecordingController {
  private runner?: RecordingRunner;
  /** The runner's code is on its way: the recording is about to start. */
  private loading = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: RecordingOptions) {}

  get recording(): boolean {
    return this.runner?.recording ?? false;
  }

  /** Whether the recording is held (`pause()`). */
  get paused(): boolean {
    return this.runner?.paused ?? false;
  }

  /** Waiting for the recorder's code or the canvas's first frame. */
  get starting(): boolean {
    return this.loading || (this.runner?.starting ?? false);
  }

  /** Recording, about to, or finishing: the canvas must stay on (ending its track early loses frames). */
  get active(): boolean {
    return this.loading || (this.runner?.active ?? false);
  }

  /** Seconds recorded so far, pauses left out. */
  get elapsed(): number {
    return this.runner?.elapsed ?? 0;
  }

  /**
   * Records the canvas and `audio` (its inputs mixed into one track; none for a silent clip),
   * once the canvas has its first frame. Never rejects: a recording that cannot be set up goes to
   * `onError`.
   */
  async start(audio: AudioInputs = {}): Promise<void> {
    if (this.active) return;
    if (!this.runner) {
      this.loading = true;
      this.host.requestUpdate();
      try {
        const { RecordingRunner } = await loadPart(() => import('./recording-runner.js'));
        this.runner ??= new RecordingRunner(this.host, this.options);
      } catch (cause) {
        this.options.onError(cause instanceof Error ? cause : new Error(String(cause)));
        return;
      } finally {
        this.loading = false;
        this.host.requestUpdate();
      }
      if (!this.host.isConnected) return; // left the page while the code loaded
    }
    return this.runner.start(audio);
  }

  /** Ends the recording; `keep` hands the clip, made seekable, to `onClip`. */
  stop(keep: boolean): Promise<void> {
    return this.runner?.stop(keep) ?? Promise.resolve();
  }

  /** Holds the recording: the timer stands still and nothing is recorded until `resume()`. */
  pause(): void {
    this.runner?.pause();
  }

  resume(): void {
    this.runner?.resume();
  }

  /** Pauses a running recording, or resumes a paused one. */
  togglePause(): void {
    this.runner?.togglePause();
  }

  /** Feeds the recording from the microphone now live (after a switch). */
  setMicrophone(track: MediaStreamTrack | undefined): void {
    this.runner?.setMicrophone(track);
  }

  /** Feeds the audio input `name` from the track now live (after a switch), the other inputs going on. */
  setAudio(name: string, track: MediaStreamTrack | undefined): void {
    this.runner?.setAudio(name, track);
  }
}
