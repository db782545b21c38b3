import { canvasFilters, filterable, filtersPolyfilled } from './canvas-filter.js';

export class FilterPipeline {
  readonly source = document.createElement('video');
  private readonly videoFrames = 'requestVideoFrameCallback' in this.source;
  readonly stream: MediaStream;
  private readonly canvas = document.createElement('canvas');
  private readonly context: CanvasRenderingContext2D;
  private frameRequest = 0;
  private stopped = false;
  private sourceTrack?: MediaStreamTrack;
  mirror = false;
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
  get track(): MediaStreamTrack | undefined {
    return this.sourceTrack;
  }
  setSource(track: MediaStreamTrack): void {
    this.sourceTrack = track;
    this.source.srcObject = new MediaStream([track]);
    this.source.play().then(() => this.next(), () => this.next());
  }
  stop(): void {
    this.stopped = true;
    this.cancelFrame();
    this.source.srcObject = null;
    this.stream.getTracks().forEach((t) => t.stop());
  }
  private next(): void {
    if (this.stopped) return;
    this.cancelFrame();
    this.frameRequest = this.videoFrames ? this.source.requestVideoFrameCallback(this.draw) : requestAnimationFrame(this.draw);
  }
  private cancelFrame(): void {
    if (this.videoFrames) this.source.cancelVideoFrameCallback(this.frameRequest);
    else cancelAnimationFrame(this.frameRequest);
  }
  private readonly draw = (): void => {
    if (this.stopped) return;
    if (this.filter !== 'none' && !filterable()) {
      void canvasFilters().then(() => this.next());
      return;
    }
    const { videoWidth, videoHeight } = this.source;
    if (videoWidth && (this.canvas.width !== videoWidth || this.canvas.height !== videoHeight)) {
      Object.assign(this.canvas, { width: videoWidth, height: videoHeight });
    }
    const { width, height } = this.canvas;
    if (filtersPolyfilled() && 'reset' in this.context) this.context.reset();
    if (filterable()) this.context.filter = this.filter;
    this.context.setTransform(this.mirror ? -1 : 1, 0, 0, 1, this.mirror ? width : 0, 0);
    this.context.drawImage(this.source, 0, 0, width, height);
    this.firstDrawn();
    this.next();
  };
}
