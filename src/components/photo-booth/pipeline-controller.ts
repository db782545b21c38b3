import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LazyModule } from '../../utils/lazy-module.js';
import { releaseUnlessMoved } from '../../utils/unless-moved.js';
import type { FilterPipeline } from './filter-pipeline.js';

/** The canvas's code, loaded the first time a filter or a recording needs it. */
const filterPipeline = new LazyModule(() => import('./filter-pipeline.js'));

export interface PipelineOptions {
  /** The CSS filter; '' for none. */
  filter: () => string;
  /** Whether a recording needs the canvas (starting, recording or handing over its last frames). */
  recording: () => boolean;
  /** Whether the canvas draws the picture mirrored (a mirrored recording). */
  mirror: () => boolean;
  /** The live camera track, if any. */
  camera: () => MediaStreamTrack | undefined;
}

/**
 * The one owner of the booth's canvas (FilterPipeline). It runs while the booth is on the page
 * and has a filter or a recording, follows the camera (a switch changes its source, not its
 * output stream), and ends otherwise. Brought up to date before each render of the host, when the
 * host leaves the page, and whenever a recording asks for it (`sync()`). Its code is loaded the
 * first time it is needed (a recording awaits `load()`; a filter shows once it is loaded).
 */
export class PipelineController implements ReactiveController {
  private pipeline?: FilterPipeline;
  /** The canvas's code is on its way. */
  private waiting = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: PipelineOptions) {
    host.addController(this);
  }

  /** The canvas's live stream (what the preview shows, and what is recorded); null while it is off. */
  get stream(): MediaStream | null {
    return this.pipeline?.stream ?? null;
  }

  /** The unfiltered camera frames the canvas draws (photos start from these); undefined while it is off. */
  get source(): HTMLVideoElement | undefined {
    return this.pipeline?.source;
  }

  /** Loads the canvas's code (once). */
  load(): Promise<unknown> {
    return filterPipeline.load();
  }

  /** Starts loading the canvas's code ahead of need (a failure shows when it is needed). */
  preload(): void {
    filterPipeline.preload();
  }

  /** Starts, follows, reconfigures or ends the canvas for things as they are now; returns it while it runs. */
  sync(): FilterPipeline | undefined {
    const { filter, recording, mirror, camera } = this.options;
    if (!this.host.isConnected || (filter() === '' && !recording())) {
      this.pipeline?.stop();
      this.pipeline = undefined;
      return undefined;
    }
    const code = filterPipeline.loaded;
    if (!code) {
      this.loadThenUpdate();
      return undefined;
    }
    const track = camera();
    if (track && !this.pipeline) this.pipeline = new code.FilterPipeline(track, filter() || 'none');
    else if (track && this.pipeline && this.pipeline.track !== track) this.pipeline.setSource(track);
    if (this.pipeline) {
      this.pipeline.filter = filter() || 'none';
      this.pipeline.mirror = mirror();
    }
    return this.pipeline;
  }

  /** Loads the canvas's code, then updates the host, which makes the canvas; once per wait. */
  private loadThenUpdate(): void {
    if (this.waiting) return;
    this.waiting = true;
    this.load().then(
      () => this.host.requestUpdate(),
      (error: unknown) => console.warn('capture-kit: the filter canvas could not be loaded; the camera is shown unfiltered.', error),
    ).finally(() => (this.waiting = false));
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    releaseUnlessMoved(this.host, () => this.sync());
  }
}
