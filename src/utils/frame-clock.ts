import { WorkerTimer } from './worker-timer.js';

/** The longest the clock waits between ticks: a still screen delivers few frames, a camera bubble must keep moving. */
export const maxDrawIntervalMs = 100;
/** How often the clock ticks while the page is hidden (no frame callbacks run then). */
export const hiddenTickMs = 1000 / 30;

/** Read when a clock is made, not when the module loads: the kit is imported on servers too. */
const hasVideoFrames = () => typeof HTMLVideoElement !== 'undefined' && 'requestVideoFrameCallback' in HTMLVideoElement.prototype;

/**
 * Calls `tick` whenever one of the watched videos presents a frame (requestVideoFrameCallback
 * where the browser has it, else every animation frame), and from a timer when nothing ticked
 * for `maxDrawIntervalMs`. Frames of two videos in one rendering step tick once.
 *
 * While the page is hidden none of these run (or about once a second), so a worker's timer
 * ticks every `hiddenTickMs` then: a recording of what is drawn goes on behind another tab. Only
 * then: WebKitGTK's MediaRecorder did not finish stopping while a worker's messages kept drawing.
 */
export class FrameClock {
  private readonly requests = new Map<HTMLVideoElement, number>();
  private animationFrame = 0;
  private readonly timer: ReturnType<typeof setInterval>;
  private hiddenTimer?: WorkerTimer;
  private stopped = false;
  private readonly videoFrames = hasVideoFrames();
  /** The rendering step's time of the last tick, and when it ran. */
  private lastFrameTime = -1;
  private lastTickAt = 0;

  constructor(private readonly tick: () => void) {
    this.timer = setInterval(() => {
      if (performance.now() - this.lastTickAt >= maxDrawIntervalMs * 0.9) this.fire(-1);
    }, maxDrawIntervalMs);
    if (!this.videoFrames) this.animationFrame = requestAnimationFrame(this.onAnimationFrame);
    document.addEventListener('visibilitychange', this.followVisibility);
    this.followVisibility();
  }

  /** Ticks on each frame `video` presents from now on (again after its source changed). */
  watch(video: HTMLVideoElement): void {
    if (this.stopped || !this.videoFrames) return;
    this.unwatch(video);
    const onFrame = (now: number) => {
      if (this.stopped) return;
      this.requests.set(video, video.requestVideoFrameCallback(onFrame));
      this.fire(now);
    };
    this.requests.set(video, video.requestVideoFrameCallback(onFrame));
  }

  /** Stops ticking for `video`'s frames. */
  unwatch(video: HTMLVideoElement): void {
    const request = this.requests.get(video);
    if (request !== undefined) video.cancelVideoFrameCallback(request);
    this.requests.delete(video);
  }

  /** Ends every tick and the worker; idempotent. */
  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    cancelAnimationFrame(this.animationFrame);
    document.removeEventListener('visibilitychange', this.followVisibility);
    this.followVisibility();
    [...this.requests.keys()].forEach((video) => this.unwatch(video));
  }

  /** Runs the worker's timer while the page is hidden (and the clock runs), and only then. */
  private readonly followVisibility = (): void => {
    if (document.hidden && !this.stopped) {
      this.hiddenTimer ??= new WorkerTimer(hiddenTickMs, () => this.fire(-1));
    } else {
      this.hiddenTimer?.stop();
      this.hiddenTimer = undefined;
    }
  };

  private readonly onAnimationFrame = (now: number): void => {
    if (this.stopped) return;
    this.animationFrame = requestAnimationFrame(this.onAnimationFrame);
    this.fire(now);
  };

  /** Ticks, unless a tick ran in this rendering step already (`frameTime` -1: from a timer). */
  private fire(frameTime: number): void {
    if (frameTime >= 0 && frameTime === this.lastFrameTime) return;
    this.lastFrameTime = frameTime;
    this.lastTickAt = performance.now();
    this.tick();
  }
}
