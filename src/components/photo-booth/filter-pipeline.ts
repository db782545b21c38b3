import { FrameClock } from '../../utils/frame-clock.js';
import { canvasFilters, filterable, filtersPolyfilled } from './canvas-filter.js';

/**
 * Runs a camera track through a canvas with a CSS filter and offers the result as a real
 * stream (`canvas.captureStream()`), so a page can show, send or record what the person sees.
 * Draws on the ticks of a FrameClock: once per camera frame while the page is visible, and from
 * a worker's timer while it is hidden, so a recording goes on behind another tab.
 */
export class FilterPipeline {
  /** The unfiltered frames: what photos are drawn from. */
  readonly source = document.createElement('video');
  readonly stream: MediaStream;
  private readonly canvas = document.createElement('canvas');
  private readonly context: CanvasRenderingContext2D;
  private readonly clock = new FrameClock(() => this.draw());
  private stopped = false;

  private sourceTrack?: MediaStreamTrack;

  /** Draws the picture mirrored (a recording that looks like the mirrored preview). */
  mirror = false;
  /** Resolves when the first frame is on the canvas: a recorder started before would record nothing. */
  readonly drawn: Promise<void>;
  private firstDrawn = () => {};

  constructor(track: MediaStreamTrack, public filter: string) {
    this.drawn = new Promise((resolve) => (this.firstDrawn = resolve));
    this.context = this.canvas.getContext('2d')!;
    const { width = 640, height = 480 } = track.getSettings();
    Object.assign(this.canvas, { width, height });
    // No frame rate: each draw (one per camera frame) is a frame. With the camera's rate as a
    // cap, a draw that comes a little early is dropped (measured at 720p: 23.7 fps of 30).
    this.stream = this.canvas.captureStream();
    this.source.muted = true;
    this.source.playsInline = true;
    this.setSource(track);
  }

  /** The camera track drawn now. */
  get track(): MediaStreamTrack | undefined {
    return this.sourceTrack;
  }

  /**
   * Draws from another camera track (the person switched cameras) without changing the output
   * stream, so whatever shows, sends or records it goes on.
   */
  setSource(track: MediaStreamTrack): void {
    if (this.stopped) return;
    this.sourceTrack = track;
    this.source.srcObject = new MediaStream([track]);
    this.source.play().catch(() => undefined); // a muted video plays; one replaced meanwhile rejects
    this.clock.watch(this.source);
  }

  /** Ends the canvas track and the drawing loop. */
  stop(): void {
    this.stopped = true;
    this.clock.stop();
    // First: WebKit's web process hangs on a track stopped while a paused <video> still plays it.
    this.source.srcObject = null;
    this.stream.getTracks().forEach((t) => t.stop());
  }

  private draw(): void {
    // No frame yet (also just after a camera switch): the canvas keeps its last one.
    if (this.stopped || this.source.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return;
    if (this.filter !== 'none' && !filterable()) {
      void canvasFilters(); // WebKit: filtered frames wait for the polyfill
      return;
    }
    const { videoWidth, videoHeight } = this.source;
    if (videoWidth && (this.canvas.width !== videoWidth || this.canvas.height !== videoHeight)) {
      Object.assign(this.canvas, { width: videoWidth, height: videoHeight }); // the camera changed size
    }
    const { width, height } = this.canvas;
    // The polyfill replays every call made on the context at each draw: a reset keeps it to this frame's.
    if (filtersPolyfilled() && 'reset' in this.context) this.context.reset();
    if (filterable()) this.context.filter = this.filter;
    this.context.setTransform(this.mirror ? -1 : 1, 0, 0, 1, this.mirror ? width : 0, 0);
    this.context.drawImage(this.source, 0, 0, width, height);
    this.firstDrawn();
  }
}
