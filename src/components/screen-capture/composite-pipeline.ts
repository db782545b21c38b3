import type { FramePipeline } from '../recording/recording-controller.js';
import { bubbleDefaults, bubbleRect, drawBubble, type BubbleOptions } from './bubble.js';
import { FrameClock } from '../../utils/frame-clock.js';

export { bubbleRect, type BubbleCorner, type BubbleOptions, type BubbleShape, type Rect } from './bubble.js';

/** The canvas's size before the screen's first frame says otherwise. */
const fallbackSize = { width: 1280, height: 720 };
/** The most frames a second the canvas's stream carries. */
const maxFrameRate = 30;

/** A muted inline <video> that plays `track` (none: it lets go of what it played). */
function play(video: HTMLVideoElement, track: MediaStreamTrack | undefined): void {
  video.srcObject = track ? new MediaStream([track]) : null;
  if (track) video.play().catch(() => undefined); // a muted video plays; one replaced meanwhile rejects
}

const mutedVideo = (): HTMLVideoElement => Object.assign(document.createElement('video'), { muted: true, playsInline: true });

/**
 * The shared screen with the camera on top as a "bubble", drawn into a canvas and offered as a
 * real stream (`canvas.captureStream()`) to show or record. The canvas takes the screen's video
 * size. Switching the screen or the camera, or turning the bubble off, changes what is drawn,
 * never the output stream, so a recording of it goes on as one clip. The tracks it is given stay
 * their owner's to stop.
 */
export class CompositePipeline implements FramePipeline {
  readonly stream: MediaStream;
  /** Resolves when the first frame of the screen is on the canvas. */
  readonly drawn: Promise<void>;
  private readonly canvas = document.createElement('canvas');
  private readonly context: CanvasRenderingContext2D;
  private readonly screenVideo = mutedVideo();
  private readonly cameraVideo = mutedVideo();
  private readonly clock = new FrameClock(() => this.draw());
  private screenTrack: MediaStreamTrack;
  private cameraTrack?: MediaStreamTrack;
  private bubble: Required<BubbleOptions>;
  private stopped = false;
  private firstDrawn = () => {};

  constructor(screen: MediaStreamTrack, bubble: BubbleOptions = {}) {
    this.drawn = new Promise((resolve) => (this.firstDrawn = resolve));
    this.context = this.canvas.getContext('2d')!;
    const { width = fallbackSize.width, height = fallbackSize.height } = screen.getSettings();
    Object.assign(this.canvas, { width, height });
    this.stream = this.canvas.captureStream(maxFrameRate);
    this.bubble = { ...bubbleDefaults };
    this.setBubble(bubble);
    this.screenTrack = screen;
    this.setScreen(screen);
  }

  /** The screen track drawn now. */
  get screen(): MediaStreamTrack {
    return this.screenTrack;
  }

  /** The camera track in the bubble now, if any. */
  get camera(): MediaStreamTrack | undefined {
    return this.cameraTrack;
  }

  /** How the bubble is drawn now (every option, defaults filled in). */
  get bubbleOptions(): Readonly<Required<BubbleOptions>> {
    return this.bubble;
  }

  /** Draws another screen (the person switched the shared surface); the output stream goes on. */
  setScreen(track: MediaStreamTrack): void {
    // The same screen again (the element syncs on every render) must not reload the video.
    if (this.stopped || (track === this.screenTrack && this.screenVideo.srcObject)) return;
    this.screenTrack = track;
    play(this.screenVideo, track);
    this.clock.watch(this.screenVideo);
  }

  /** Puts `track` in the bubble (a camera switch), or takes the bubble away (undefined). */
  setCamera(track: MediaStreamTrack | undefined): void {
    if (this.stopped || track === this.cameraTrack) return;
    this.cameraTrack = track;
    play(this.cameraVideo, track);
    if (track) this.clock.watch(this.cameraVideo);
    else {
      this.clock.unwatch(this.cameraVideo);
      this.draw(); // the bubble goes now, not at the screen's next frame
    }
  }

  /** Changes the options given (the others stay as they are). */
  setBubble(options: BubbleOptions): void {
    const given = Object.entries(options).filter(([, value]) => value !== undefined);
    this.bubble = { ...this.bubble, ...Object.fromEntries(given) };
  }

  /** Ends the drawing and the canvas's track; idempotent. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.clock.stop();
    // First: WebKit's web process hangs on a track stopped while a <video> still plays it.
    this.screenVideo.srcObject = null;
    this.cameraVideo.srcObject = null;
    this.stream.getTracks().forEach((t) => t.stop());
  }

  private draw(): void {
    const { videoWidth, videoHeight } = this.screenVideo;
    if (this.stopped || !videoWidth || !videoHeight) return; // nothing to show yet: the canvas keeps its last frame
    if (this.canvas.width !== videoWidth || this.canvas.height !== videoHeight) {
      Object.assign(this.canvas, { width: videoWidth, height: videoHeight }); // the screen (or window) changed size
    }
    this.context.drawImage(this.screenVideo, 0, 0, videoWidth, videoHeight);
    if (this.cameraTrack) drawBubble(this.context, this.cameraVideo, bubbleRect(videoWidth, videoHeight, this.bubble), this.bubble);
    this.firstDrawn();
  }
}
