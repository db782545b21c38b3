import { canvasFilters, filterable, filtersPolyfilled } from './canvas-filter.js';

/**
 * Runs a camera track through a canvas with a CSS filter and offers the result as a real
 * stream (`canvas.captureStream()`), so a page can show, send or record what the person sees.
 * Draws once per camera frame (requestVideoFrameCallback where the browser has it, else once
 * per animation frame).
 */
export class FilterPipeline {
  /** The unfiltered frames: what photos are drawn from. */
  readonly source = document.createElement('video');
  /** Whether draws follow the camera's frames (requestVideoFrameCallback) or the display's. */
  private readonly videoFrames = 'requestVideoFrameCallback' in this.source;
  readonly stream: MediaStream;
  private readonly canvas = document.createElement('canvas');
  private readonly context: CanvasRenderingContext2D;
  private frameRequest = 0;
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
    const { width = 640, height = 480, frameRate } = track.getSettings();
    Object.assign(this.canvas, { width, height });
    this.stream = this.canvas.captureStream(frameRate);
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
    this.sourceTrack = track;
    this.source.srcObject = new MediaStream([track]);
    this.source.play().then(() => this.next(), () => this.next());
  }

  /** Ends the canvas track and the drawing loop. */
  stop(): void {
    this.stopped = true;
    this.cancelFrame();
    // First: WebKit's web process hangs on a track stopped while a paused <video> still plays it.
    this.source.srcObject = null;
    this.stream.getTracks().forEach((t) => t.stop());
  }

  private next(): void {
    if (this.stopped) return;
    this.cancelFrame();
    this.frameRequest = this.videoFrames ? this.source.requestVideoFrameCallback(this.draw) : requestAnimationFrame(this.draw);
  }

  /** Cancels the pending draw with the API that requested it (the two number their requests apart). */
  private cancelFrame(): void {
    if (this.videoFrames) this.source.cancelVideoFrameCallback(this.frameRequest);
    else cancelAnimationFrame(this.frameRequest);
  }

  private readonly draw = (): void => {
    if (this.stopped) return;
    if (this.filter !== 'none' && !filterable()) {
      void canvasFilters().then(() => this.next()); // WebKit: filtered frames wait for the polyfill
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
    this.next();
  };
}
