import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { enumAttribute, optionalBooleanAttribute, optionalEnumAttribute } from '../../attributes/attribute-spec.js';
import { PageVisibilityController } from '../../controllers/page-visibility-controller.js';
import type { CaptureRequest, CaptureState } from '../../core/index.js';
import { previewTexts } from './camera-preview.strings.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { applySink } from '../../utils/apply-sink.js';
import { CaptureElement } from '../capture-element.js';
import { errorText } from '../../i18n/error-text.js';
import { cameraPreviewStyles } from './camera-preview.styles.js';
import { mirrors } from './mirror.js';
import { deniedHelp } from './permission-help.js';

const fit = enumAttribute('camera-preview', 'fit', ['contain', 'cover'] as const, 'contain');
const mirror = optionalBooleanAttribute('camera-preview', 'mirror');
const facing = optionalEnumAttribute('camera-preview', 'facing', ['user', 'environment'] as const, 'user');
type Fit = typeof fit.fallback;
type Facing = NonNullable<ReturnType<typeof facing.coerce>>;

/** Errors a new attempt can fix once the person has acted (allowed, plugged in, closed the other app). */
const retryable = new Set(['permission-denied', 'not-found', 'device-in-use', 'track-ended', 'aborted', 'overconstrained', 'unknown']);

/**
 * Live video of the store's camera. Never a silent black box: a start button when idle,
 * progress while starting, and what happened with a way forward when it fails. After a
 * denial it starts by itself once the person allows the camera in the browser.
 *
 * @summary Shows the camera, with clear states for idle, starting and every failure.
 *
 * @csspart video - The `<video>` showing the camera.
 * @csspart overlay - The layer over the video holding the start button, progress or the error.
 * @csspart message - The text of the overlay.
 * @csspart help - The steps to allow the camera after a denial.
 * @csspart start-button - "Turn on camera" and "Try again".
 * @csspart flip-button - Switches between front and back (or the next) camera.
 * @csspart play-button - "Tap to show the camera", where the browser refused to play the video by itself.
 * @csspart muted-indicator - Shown while the camera sends no frames.
 *
 * @cssprop [--capture-preview-background=#111] - Background behind the video and the overlay.
 * @cssprop [--capture-preview-radius=calc(var(--capture-radius) + 2px)] - Corner radius.
 * @cssprop [--capture-preview-color=#f5f5f5] - Text colour of the overlay.
 * @cssprop [--capture-color-accent=#2563eb] - Token: background of the buttons.
 * @cssprop [--capture-radius=6px] - Token: corner radius (the preview: radius + 2px).
 * @cssprop [--capture-space-2=0.5em] - Token: the spacing scale, `--capture-space-1` to `--capture-space-4` (0.25em, 0.5em, 0.75em, 1.25em).
 * @cssprop [--capture-font-family] - Token: font (unset: the page's); `--capture-font-size` its size.
 * @cssprop [--capture-focus-ring=#1d4ed8] - Token: focus outline colour; `--capture-focus-ring-width` (3px) its thickness.
 */
export class CameraPreview extends CaptureElement {
  static override styles = [sharedStyles, cameraPreviewStyles];
  protected static override checkedAttributes = { fit, facing, mirror };
  protected readonly tag = 'camera-preview';

  /** Flips the picture like a mirror. Default (`auto`): mirrored unless the camera faces away from the person. */
  @property({ converter: mirror.converter })
  mirror: boolean | undefined = mirror.fallback;

  /** `contain` (default) shows the whole picture; `cover` fills the element and crops. */
  @property({ converter: fit.converter })
  fit: Fit = fit.fallback;

  /**
   * The camera a preview without a session asks for: `user` (front) or `environment` (back).
   * Changed while the camera runs, the camera is asked again.
   */
  @property({ converter: facing.converter, reflect: true })
  facing: Facing | undefined = facing.fallback;

  /**
   * A stream to show instead of the store's, such as a processed version of it (the filtered
   * stream of `<photo-booth filter>`). The states and the store stay the same.
   */
  @property({ attribute: false })
  displayStream: MediaStream | null = null;

  /** Stops the camera while the page is hidden and starts it again when the page is back. */
  @property({ type: Boolean, attribute: 'stop-when-hidden' })
  stopWhenHidden = false;

  @query('video') private video?: HTMLVideoElement;
  private resumeWhenVisible = false;
  /** The browser refused to play without a gesture (iOS Low Power Mode, strict autoplay settings). */
  @state() private playRefused = false;

  /** The `<video>` inside, for pages that draw or record from it. */
  get videoElement(): HTMLVideoElement | undefined {
    return this.video;
  }

  protected privateRequest(): CaptureRequest {
    return { video: this.facing ? { facingMode: this.facing } : true, audio: false };
  }

  private readonly page = new PageVisibilityController(this, (visible) => this.pageVisibilityChanged(visible));

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate(); // moved: show the stream again (disconnecting let go of it)
  }

  override disconnectedCallback(): void {
    // Let go of the stream before its tracks may stop: WebKit hangs stopping a track that a
    // removed <video> still holds.
    this.showStream(null);
    super.disconnectedCallback();
    this.resumeWhenVisible = false;
  }

  protected override stateChanged(state: CaptureState, previous: CaptureState): void {
    // The person allowed the camera in the browser's settings: start again without a reload.
    const allowedNow = state.permission.camera === 'granted' && previous.permission.camera !== 'granted';
    if (allowedNow && state.status === 'error' && state.error?.code === 'permission-denied') this.startCapture();
  }

  protected override updated(): void {
    const video = this.video;
    const { selected } = this.state;
    const stream = this.displayStream ?? this.state.stream;
    if (video) applySink(video, selected.audiooutput);
    // A hidden page shows nothing: a paused <video> must not hold tracks that may stop meanwhile.
    if (this.isConnected) this.showStream(this.page.visible ? stream : null);
  }

  private showStream(stream: MediaStream | null): void {
    const video = this.video;
    if (!video || video.srcObject === stream) return;
    video.srcObject = stream;
    this.playRefused = false;
    if (stream && this.page.visible) this.play();
  }

  private play(): void {
    this.video?.play().then(
      () => (this.playRefused = false),
      (error: unknown) => (this.playRefused = (error as { name?: string }).name === 'NotAllowedError'),
    );
  }

  protected override render() {
    const { stream, tracks } = this.state;
    const showsVideo = stream !== null && tracks.video !== undefined;
    return html`
      <video
        part="video"
        class="${this.fit} ${this.isMirrored() ? 'mirrored' : ''} ${showsVideo ? '' : 'hidden'}"
        aria-label=${previewTexts().previewLabel}
        .muted=${true}
        muted
        playsinline
        autoplay
      ></video>
      ${this.renderOverlay()} ${this.renderFlipButton()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.statusText()}</p>
    `;
  }

  private renderOverlay() {
    const s = previewTexts();
    const { status, error, tracks } = this.state;
    if (status === 'idle') {
      return html`<div part="overlay" class="overlay">
        <button part="start-button" type="button" @click=${this.startCapture}>${s.startCamera}</button>
      </div>`;
    }
    if (status === 'acquiring') {
      return html`<div part="overlay" class="overlay">
        <span class="spinner" aria-hidden="true"></span>
        <p part="message" class="message">${s.startingCamera}</p>
      </div>`;
    }
    if (status === 'error' && error) {
      return html`<div part="overlay" class="overlay">
        <p part="message" class="message">${errorText(error)}</p>
        ${error.code === 'permission-denied' ? html`<p part="help" class="help">${deniedHelp()}</p>` : nothing}
        ${retryable.has(error.code)
          ? html`<button part="start-button" type="button" @click=${this.startCapture}>${s.retry}</button>`
          : nothing}
      </div>`;
    }
    if (this.playRefused && status === 'live') {
      return html`<div part="overlay" class="overlay">
        <button part="play-button" type="button" @click=${this.play}>${s.tapToPlay}</button>
      </div>`;
    }
    if (tracks.video?.muted) return html`<p part="muted-indicator" class="muted">${s.noFrames}</p>`;
    return nothing;
  }

  private renderFlipButton() {
    if (this.state.status !== 'live' || !this.canFlip()) return nothing;
    return html`<button part="flip-button" class="flip" type="button" @click=${this.flip}>${previewTexts().flipCamera}</button>`;
  }

  private statusText(): string {
    const s = previewTexts();
    const { status, error } = this.state;
    if (status === 'error') return error ? errorText(error) : '';
    return { idle: s.cameraOff, acquiring: s.startingCamera, live: s.cameraOn }[status];
  }

  private isMirrored(): boolean {
    return mirrors(this.mirror, this.state.tracks.video?.settings);
  }

  private cameras(): MediaDeviceInfo[] {
    return this.state.devices.filter((d) => d.kind === 'videoinput' && d.deviceId);
  }

  private canFlip(): boolean {
    const facingModes = this.state.tracks.video?.capabilities.facingMode ?? [];
    return this.cameras().length > 1 || (facingModes.includes('user') && facingModes.includes('environment'));
  }

  /**
   * The next camera in the list, or the other facing mode where one camera has both. Only the
   * camera is asked again: the microphone keeps running and the other video constraints stay.
   */
  private flip(): void {
    const cameras = this.cameras();
    const settings = this.state.tracks.video?.settings;
    if (cameras.length > 1) {
      const index = cameras.findIndex((c) => c.deviceId === settings?.deviceId);
      const next = cameras[(index + 1) % cameras.length];
      this.store.selectDevice('videoinput', next.deviceId).catch(() => undefined);
      return;
    }
    const facingMode = settings?.facingMode === 'environment' ? 'user' : 'environment';
    const asked: MediaTrackConstraints = { ...this.state.tracks.video?.constraints, facingMode: { exact: facingMode } };
    delete asked.deviceId; // the store adds the chosen device itself
    this.store.reacquire('video', asked).catch(() => undefined);
  }

  private pageVisibilityChanged(visible: boolean): void {
    if (!visible) {
      // No decoding or painting for a page nobody sees; and a paused <video> must not hold tracks
      // that may stop meanwhile (WebKit hangs): let go of the stream until the page is back.
      this.showStream(null);
      if (this.stopWhenHidden && this.state.status === 'live') {
        this.resumeWhenVisible = true;
        this.store.stop();
      }
      return;
    }
    if (this.resumeWhenVisible) {
      this.resumeWhenVisible = false;
      this.startCapture();
    }
    this.requestUpdate(); // shows the stream again
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'camera-preview': CameraPreview;
  }
}
