import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { enumAttribute, numberAttribute, optionalEnumAttribute, textAttribute } from '../../attributes/attribute-spec.js';
import {
  CaptureError, createDisplayStore, liveTrack, toCaptureError, type CaptureRequest, type DisplayOptions, type DisplayState,
  type DisplayStore,
} from '../../core/index.js';
import { CaptureErrorEvent, CapturePhotoEvent, CaptureRecordingChunkEvent, type CaptureOperation } from '../../events.js';
import { errorText } from '../../i18n/error-text.js';
import { formatString } from '../../i18n/strings.js';
import { galleryStyles } from '../../styles/gallery.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { releaseUnlessMoved } from '../../utils/unless-moved.js';
import { CaptureElement } from '../capture-element.js';
import { Gallery } from '../photo-booth/gallery.js';
import { photoMaking } from '../photo-booth/photo-making-module.js';
import { renderGallery, type GalleryItem } from '../photo-booth/gallery-view.js';
import { withObjectUrl } from '../photo-booth/object-url.js';
import type { CapturePhoto } from '../../types.js';
import type { RecordedClip } from '../recording/clip-recorder.js';
import type { ClipFormat } from '../recording/clip-format.js';
import { recordingReasons } from '../recording/finished-clip.js';
import { handOverClip } from '../recording/hand-over-clip.js';
import { recordingAttributes } from '../recording/recording-attributes.js';
import { RecordingController } from '../recording/recording-controller.js';
import { recordingError } from '../recording/recording-errors.js';
import { pauseAnnouncement, renderRecordingStatus } from '../recording/recording-status.js';
import { RecoveryController } from '../recording/recovery-controller.js';
import type { CompositePipeline } from './composite-pipeline.js';
import type { CropOutcome } from './crop.js';
import { LazyModule } from '../../utils/lazy-module.js';
import { screenCaptureStyles } from './screen-capture.styles.js';
import { screenTexts } from './screen-capture.strings.js';
import { boothTexts } from '../photo-booth/photo-booth.strings.js';

const tag = 'screen-capture';
/** The screen with the camera bubble: its code is loaded when a recording starts. */
const compositePipeline = new LazyModule(() => import('./composite-pipeline.js'));
const includeExclude = ['include', 'exclude'] as const;
/** Each attribute declared once: its default, how its text is read and how a property value is checked. */
const attributes = {
  displaySurface: optionalEnumAttribute(tag, 'display-surface', ['monitor', 'window', 'browser'] as const, 'monitor'),
  systemAudio: optionalEnumAttribute(tag, 'system-audio', includeExclude, 'include'),
  windowAudio: optionalEnumAttribute(tag, 'window-audio', ['exclude', 'window', 'system'] as const, 'exclude'),
  surfaceSwitching: optionalEnumAttribute(tag, 'surface-switching', includeExclude, 'include'),
  selfBrowserSurface: optionalEnumAttribute(tag, 'self-browser-surface', includeExclude, 'include'),
  monitorTypeSurfaces: optionalEnumAttribute(tag, 'monitor-type-surfaces', includeExclude, 'include'),
  focusBehavior: optionalEnumAttribute(tag, 'focus-behavior', ['focus-captured-surface', 'no-focus-change'] as const, 'focus-captured-surface'),
  cropTo: textAttribute(tag, 'crop-to', (text) => /^\S+$/.test(text), 'is not an element id'),
  ...recordingAttributes(tag),
  bubble: enumAttribute(tag, 'bubble', ['on', 'off'] as const, 'on'),
  bubbleCorner: enumAttribute(tag, 'bubble-corner', ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const, 'bottom-right'),
  bubbleSize: numberAttribute(tag, 'bubble-size', { min: 0.1, max: 0.5 }, 0.25),
  bubbleShape: enumAttribute(tag, 'bubble-shape', ['circle', 'rounded', 'square'] as const, 'circle'),
};
const a = attributes;
type Spec<K extends keyof typeof attributes> = (typeof attributes)[K]['fallback'];

/**
 * Screen sharing with a preview, screenshots and recordings. "Share screen" opens the browser's
 * picker (only on a click: never unasked); the preview shows what is shared, with its kind and
 * name; "Stop sharing" ends it, as does the browser's own bar. Recordings can take the tab's or
 * system's sound, the microphone of the surrounding `<capture-session>`, and its camera as a
 * bubble in a corner. Inside a session it uses the session's camera and microphone; alone, the
 * bubble's button turns on a camera of its own.
 *
 * @summary Shares the screen, with screenshots and recordings that can show the camera in a bubble.
 *
 * @csspart video - The preview of what is shared.
 * @csspart share-button - "Share screen".
 * @csspart stop-button - "Stop sharing".
 * @csspart screenshot-button - "Take screenshot".
 * @csspart record-button - "Start recording" and "Stop recording" (`aria-pressed`).
 * @csspart bubble-button - "Camera in recordings" (`aria-pressed`): the camera bubble on or off.
 * @csspart timer - The elapsed time of a recording.
 * @csspart pause-button - Pauses and resumes a recording.
 * @csspart status - What is shared now, or what went wrong.
 * @csspart notice - Why cropping fell back to the whole tab.
 * @csspart gallery - The screenshots and recordings, newest first.
 *
 * @fires {CapturePhoto} capture-photo - A screenshot was taken; `detail` is the photo. Cancelable: `preventDefault()` keeps it out of the gallery.
 * @fires {CaptureClip} capture-recording - A recording ended; `detail` is the clip, a file with its duration that can be seeked. Cancelable like `capture-photo`.
 * @fires {RecordingChunk} capture-recording-chunk - With `chunk-interval`: the next piece of the recording's file; `detail` is `{ index, blob, elapsed }`.
 * @fires {CaptureError} capture-error - Sharing (`operation: 'screen'`), a screenshot (`photo`) or a recording (`recording`) failed. A closed picker is not an error.
 *
 * @cssprop [--capture-preview-background=#111] - Background behind the preview.
 * @cssprop [--capture-color-accent=#2563eb] - Token: background of the buttons.
 */
export class ScreenCapture extends CaptureElement {
  static override styles = [sharedStyles, galleryStyles, screenCaptureStyles];
  protected static override checkedAttributes = attributes;
  protected readonly tag = tag;

  /** Asks for the shared tab's (or the system's) sound. */
  @property({ type: Boolean })
  audio = false;

  /** The kind of surface the picker offers first: `monitor`, `window` or `browser` (a tab). */
  @property({ attribute: 'display-surface', converter: a.displaySurface.converter })
  displaySurface: Spec<'displaySurface'> = a.displaySurface.fallback;

  /** `include` or `exclude` the whole system's sound when a screen is shared (Chromium on Windows and ChromeOS). */
  @property({ attribute: 'system-audio', converter: a.systemAudio.converter })
  systemAudio: Spec<'systemAudio'> = a.systemAudio.fallback;

  /** `exclude`, `window` or `system`: the sound offered when a window is shared. */
  @property({ attribute: 'window-audio', converter: a.windowAudio.converter })
  windowAudio: Spec<'windowAudio'> = a.windowAudio.fallback;

  /** `include` lets the person switch to another tab while sharing ("Share this tab instead"). */
  @property({ attribute: 'surface-switching', converter: a.surfaceSwitching.converter })
  surfaceSwitching: Spec<'surfaceSwitching'> = a.surfaceSwitching.fallback;

  /** `include` or `exclude` this page's own tab in the picker. */
  @property({ attribute: 'self-browser-surface', converter: a.selfBrowserSurface.converter })
  selfBrowserSurface: Spec<'selfBrowserSurface'> = a.selfBrowserSurface.fallback;

  /** `include` or `exclude` whole screens in the picker. */
  @property({ attribute: 'monitor-type-surfaces', converter: a.monitorTypeSurfaces.converter })
  monitorTypeSurfaces: Spec<'monitorTypeSurfaces'> = a.monitorTypeSurfaces.fallback;

  /** Offers this page's own tab first. */
  @property({ type: Boolean, attribute: 'prefer-current-tab' })
  preferCurrentTab = false;

  /** Once a tab or window is picked: `focus-captured-surface` brings it forward, `no-focus-change` keeps this page in front. */
  @property({ attribute: 'focus-behavior', converter: a.focusBehavior.converter })
  focusBehavior: Spec<'focusBehavior'> = a.focusBehavior.fallback;

  /**
   * The id of an element of this page: a capture of this page's own tab is cropped to it
   * (Region Capture). Where the browser cannot, the whole tab is shared and the element says so.
   */
  @property({ attribute: 'crop-to', converter: a.cropTo.converter })
  cropTo: string = a.cropTo.fallback;

  /** The longest recording, in seconds; 0 for no limit. */
  @property({ attribute: 'max-duration', converter: a.maxDuration.converter })
  maxDuration: number = a.maxDuration.fallback;

  /** The largest recording, in bytes; 0 for no limit. The recording stops before its file would pass it. */
  @property({ attribute: 'max-size', converter: a.maxSize.converter })
  maxSize: number = a.maxSize.fallback;

  /** The recordings' container: `auto` (default), `video/webm` or `video/mp4`; see `<photo-booth clip-format>`. */
  @property({ attribute: 'clip-format', converter: a.clipFormat.converter })
  clipFormat: ClipFormat = a.clipFormat.fallback;

  /** Milliseconds between `capture-recording-chunk` events while recording; 0 (default) for none. */
  @property({ attribute: 'chunk-interval', converter: a.chunkInterval.converter })
  chunkInterval: number = a.chunkInterval.fallback;

  /** `on` (default): recordings show the camera in a bubble while it is on. `off`: never. The person can switch it. */
  @property({ converter: a.bubble.converter, reflect: true })
  bubble: Spec<'bubble'> = a.bubble.fallback;

  /** Where the bubble sits: `bottom-right` (default), `bottom-left`, `top-right` or `top-left`. */
  @property({ attribute: 'bubble-corner', converter: a.bubbleCorner.converter })
  bubbleCorner: Spec<'bubbleCorner'> = a.bubbleCorner.fallback;

  /** The bubble's size as a share of the recording's shorter side, 0.1 to 0.5 (default 0.25). */
  @property({ attribute: 'bubble-size', converter: a.bubbleSize.converter })
  bubbleSize: number = a.bubbleSize.fallback;

  /** `circle` (default), `rounded` or `square`. */
  @property({ attribute: 'bubble-shape', converter: a.bubbleShape.converter })
  bubbleShape: Spec<'bubbleShape'> = a.bubbleShape.fallback;

  /** The element's own screen sharing: it ends when the element leaves the page (not when it only moves). */
  private readonly ownDisplay = createDisplayStore();
  private givenDisplay?: DisplayStore;
  @state() private display: DisplayState = this.ownDisplay.getState();
  @state() private failure: CaptureError | null = null;
  @state() private crop: CropOutcome | undefined;
  @state() private announcement = '';
  @query('video') private video?: HTMLVideoElement;

  private readonly gallery = new Gallery<GalleryItem>();
  private unsubscribeDisplay?: () => void;
  private lifetime = new AbortController();
  /** The screen with the camera bubble, drawn while a recording needs it. */
  private pipeline?: CompositePipeline;
  private readonly recorder: RecordingController = new RecordingController(this, {
    maxDuration: () => this.maxDuration,
    maxSize: () => this.maxSize,
    format: () => this.clipFormat,
    chunkInterval: () => this.chunkInterval,
    prepare: () => compositePipeline.load(),
    canvas: () => this.syncPipeline(),
    onChunk: (chunk) => this.dispatchEvent(new CaptureRecordingChunkEvent(chunk)),
    onClip: (clip) => this.keepClip(clip),
    onError: (error) => this.failed(recordingError(error, 'recording-failed'), 'recording'),
    onNotice: () => (this.announcement = boothTexts().storageFull),
    onPauseChange: (paused) => (this.announcement = pauseAnnouncement(paused)),
  });
  /** Recordings of an earlier visit, cut short, offered in the gallery. */
  private readonly recovery = new RecoveryController(this, (clip) => {
    this.gallery.add(clip);
    this.requestUpdate();
  });

  /** The current snapshot of the screen sharing. */
  get displayState(): DisplayState {
    return this.display;
  }

  /**
   * The screen sharing the element shows and controls: its own by default. Set it to one the page
   * made (`createDisplayStore()`); the page then owns it, and the element leaves it running when
   * it leaves the page. `undefined` goes back to the element's own.
   */
  get displayStore(): DisplayStore {
    return this.givenDisplay ?? this.ownDisplay;
  }

  set displayStore(store: DisplayStore | undefined) {
    if (store !== undefined && (typeof store !== 'object' || typeof store.subscribe !== 'function' || typeof store.start !== 'function')) {
      console.warn(`<${tag}>: displayStore needs a store made by createDisplayStore(); ignored.`, store);
      return;
    }
    this.unsubscribeDisplay?.();
    this.unsubscribeDisplay = undefined;
    this.givenDisplay = store;
    if (this.isConnected) this.followDisplay();
  }

  private followDisplay(): void {
    this.unsubscribeDisplay ??= this.displayStore.subscribe((next, previous) => this.displayChanged(next, previous));
    this.display = this.displayStore.getState();
  }

  /** The screenshots and recordings the gallery holds, newest first. */
  get items(): readonly GalleryItem[] {
    return this.gallery.all;
  }

  /** A camera of its own, for the bubble, where no session provides one. */
  protected privateRequest(): CaptureRequest {
    return { video: true, audio: false };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.lifetime.signal.aborted) this.lifetime = new AbortController();
    this.followDisplay();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.showStream(null); // before the tracks may stop: WebKit hangs on a removed <video> holding them
    releaseUnlessMoved(this, () => {
      this.lifetime.abort();
      this.unsubscribeDisplay?.();
      this.unsubscribeDisplay = undefined;
      this.ownDisplay.stop(); // a store the page gave is the page's
      this.gallery.letGo();
      this.syncPipeline();
    });
  }

  /**
   * Opens the browser's picker and shares what the person picks. Call it from a click (browsers
   * refuse otherwise). Resolves with the sharing state; never rejects: a failure is shown and
   * reported (`capture-error`, operation `screen`), and a closed picker is neither.
   */
  async share(): Promise<DisplayState> {
    this.failure = null;
    this.crop = undefined;
    this.announcement = ''; // the status says what happens next
    try {
      return await this.displayStore.start(this.displayOptions());
    } catch (cause) {
      const error = toCaptureError(cause);
      if (error.code !== 'cancelled' && error.code !== 'aborted') this.failed(error, 'screen');
      return this.displayStore.getState();
    }
  }

  /** Stops sharing (and a recording of it). */
  stopSharing(): void {
    this.displayStore.stop();
  }

  /**
   * A still of what is shared, at its real size, as a PNG photo like `<photo-booth>`'s:
   * dispatches `capture-photo` and adds it to the gallery unless a listener prevented that.
   * Rejects with a CaptureError (`not-live`, reason `screen-not-live`) when nothing is shared.
   */
  async takeScreenshot(): Promise<CapturePhoto> {
    const { signal } = this.lifetime;
    try {
      if (this.display.status !== 'live') {
        throw new CaptureError('not-live', 'takeScreenshot() needs a live share', { params: { reason: 'screen-not-live' } });
      }
      const { drawPhoto, videoFrame } = await photoMaking.get();
      const frame = await videoFrame(this.video);
      const { width, height } = frame;
      const blob = await drawPhoto(frame, { format: 'image/png', quality: 1, filter: '', mirror: false })
        .finally(() => frame.close());
      signal.throwIfAborted();
      const photo = withObjectUrl({ blob, width, height, takenAt: new Date() });
      const event = new CapturePhotoEvent(photo);
      this.dispatchEvent(event);
      if (!event.defaultPrevented) this.gallery.add(photo);
      this.announcement = screenTexts().screenshotTaken;
      this.requestUpdate();
      return photo;
    } catch (cause) {
      const error = toCaptureError(cause);
      if (!signal.aborted) this.failed(error, 'photo');
      throw error;
    }
  }

  /** Whether a recording runs. */
  get recording(): boolean {
    return this.recorder.recording;
  }

  /** What a recording records while it runs: the shared screen with the camera bubble; else `null`. */
  get recordingStream(): MediaStream | null {
    return this.recorder.active ? (this.pipeline?.stream ?? null) : null;
  }

  /**
   * Starts recording what is shared, with its sound, the microphone of the store (the session's)
   * and, with `bubble="on"`, its camera in a bubble while it is on. Never rejects: a failure is
   * shown and reported (`capture-error`, operation `recording`).
   */
  async startRecording(): Promise<void> {
    if (this.display.status !== 'live' || this.recorder.active) return;
    this.failure = null;
    await this.recorder.start({ screen: this.display.stream?.getAudioTracks()[0], microphone: liveTrack(this.state.stream, 'audio') });
    if (this.recorder.recording) this.announcement = boothTexts().recordingStarted;
  }

  /** Stops the recording; the clip goes to `capture-recording` and the gallery. */
  stopRecording(): Promise<void> {
    return this.recorder.stop(true);
  }

  /** Whether the recording is paused. */
  get paused(): boolean {
    return this.recorder.paused;
  }

  /** Pauses the recording: the timer stands still, and nothing is recorded until `resumeRecording()`. */
  pauseRecording(): void {
    this.recorder.pause();
  }

  /** Goes on recording after `pauseRecording()`. */
  resumeRecording(): void {
    this.recorder.resume();
  }


  /**
   * The composite of the screen and the camera bubble, brought up to date: made when a recording
   * needs it, told of a camera switch, the bubble turned off or the surface changed, and ended
   * once nothing records.
   */
  private syncPipeline(): CompositePipeline | undefined {
    const screen = liveTrack(this.display.stream, 'video');
    if (!this.recorder.active || !screen || !this.isConnected) {
      this.pipeline?.stop();
      this.pipeline = undefined;
      return undefined;
    }
    const code = compositePipeline.loaded;
    if (!code) return undefined; // a recording loads it before it asks
    const bubble = { corner: this.bubbleCorner, size: this.bubbleSize, shape: this.bubbleShape };
    this.pipeline ??= new code.CompositePipeline(screen, bubble);
    this.pipeline.setScreen(screen);
    this.pipeline.setBubble(bubble);
    this.pipeline.setCamera(this.bubble === 'on' ? liveTrack(this.state.stream, 'video') : undefined);
    return this.pipeline;
  }

  /** A finished clip goes to `capture-recording` and, unless prevented, to the gallery. */
  private keepClip(recorded: RecordedClip): void {
    if (this.lifetime.signal.aborted) return;
    const empty = handOverClip(this, recorded, (clip) => this.gallery.add(clip));
    if (empty) return this.failed(empty, 'recording');
    this.announcement = boothTexts().recordingSaved;
    this.requestUpdate();
  }

  private toggleRecording(): void {
    if (this.recorder.recording) void this.stopRecording();
    else void this.startRecording();
  }

  /** The camera bubble on or off; turning it on starts the camera where none runs (a click asked for it). */
  private toggleBubble(): void {
    this.bubble = this.bubble === 'on' ? 'off' : 'on';
    if (this.bubble === 'on' && this.state.status === 'idle') this.startCapture();
  }

  /** The options of `getDisplayMedia()`, from the attributes. */
  private displayOptions(): DisplayOptions {
    const { audio, displaySurface, systemAudio, windowAudio, surfaceSwitching, selfBrowserSurface, monitorTypeSurfaces } = this;
    const options: DisplayOptions = {
      audio, displaySurface, systemAudio, windowAudio, surfaceSwitching, selfBrowserSurface, monitorTypeSurfaces, focus: this.focusBehavior,
    };
    if (this.preferCurrentTab || this.cropTo) options.preferCurrentTab = true; // cropping needs this very tab
    return options;
  }

  private displayChanged(next: DisplayState, previous: DisplayState): void {
    this.display = next;
    if (next.notice && next.notice !== previous.notice) this.announcement = screenTexts().sharingStopped;
    if (next.status === 'live' && next.stream !== previous.stream) void this.applyCrop();
    // Loaded while the share is live, so a recording's first update draws at once: WebKit's
    // canvas stays blank when the composite is made after the recording's start has waited.
    if (next.status === 'live') compositePipeline.preload();
  }

  private async applyCrop(): Promise<void> {
    const track = this.display.stream?.getVideoTracks()[0];
    if (!this.cropTo || !track) return;
    const { cropToElement } = await import('./crop.js');
    this.crop = await cropToElement(track, this.ownerDocument.getElementById(this.cropTo));
  }

  private failed(error: CaptureError, operation: CaptureOperation): void {
    this.failure = error;
    this.dispatchEvent(new CaptureErrorEvent(error, operation));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Sharing ended (from the browser too) mid-recording: the clip ends there and is kept.
    if (this.recorder.recording && !liveTrack(this.display.stream, 'video')) void this.recorder.stop(true);
    this.recorder.setMicrophone(liveTrack(this.state.stream, 'audio'));
  }

  protected override updated(): void {
    if (!this.isConnected) return;
    this.showStream(this.display.stream);
    this.syncPipeline();
  }

  private showStream(stream: MediaStream | null): void {
    const video = this.video;
    if (!video || video.srcObject === stream) return;
    video.srcObject = stream;
    if (stream) video.play().catch(() => undefined);
  }

  protected override render() {
    const s = screenTexts();
    const { status } = this.display;
    const live = status === 'live';
    return html`
      <div class="stage">
        <video part="video" class=${live ? '' : 'hidden'} aria-label=${s.screenPreviewLabel} .muted=${true} muted playsinline autoplay></video>
        ${live ? nothing : html`<div class="overlay">
          <button part="share-button" type="button" ?disabled=${status === 'acquiring'} @click=${this.share}>${s.shareScreen}</button>
        </div>`}
      </div>
      ${live
        ? html`<div class="bar">
            <button part="stop-button" type="button" @click=${this.stopSharing}>${s.stopSharing}</button>
            <button part="screenshot-button" type="button" @click=${this.screenshotClicked}>${s.takeScreenshot}</button>
            ${this.renderRecordingControls()}
          </div>`
        : nothing}
      <p part="status" class=${this.failure ? 'status error' : 'status'}>${this.statusText()}</p>
      ${this.renderCropNotice()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement || this.statusText()}</p>
      ${renderGallery(this.gallery.all, (item) => this.removeItem(item), () => this.clearItems())}
    `;
  }

  private renderRecordingControls() {
    const s = screenTexts();
    const b = boothTexts();
    const { recorder } = this;
    return html`
      <button part="record-button" type="button" ?disabled=${recorder.starting} aria-pressed=${String(recorder.recording)}
        @click=${this.toggleRecording}>${recorder.recording ? b.stopRecording : b.startRecording}</button>
      ${renderRecordingStatus(recorder)}
      <button part="bubble-button" type="button" aria-pressed=${String(this.bubble === 'on')} @click=${this.toggleBubble}>${s.cameraBubble}</button>`;
  }

  private screenshotClicked(): void {
    this.takeScreenshot().catch(() => undefined); // shown and reported already
  }

  private removeItem(item: GalleryItem): void {
    this.gallery.remove(item);
    this.requestUpdate();
  }

  private clearItems(): void {
    this.gallery.clear();
    this.requestUpdate();
  }

  private statusText(): string {
    const s = screenTexts();
    // The display store's reasons (`screen-<code>`) have this element's words in the strings table.
    if (this.failure) return errorText(this.failure, recordingReasons());
    const { status, surface } = this.display;
    if (status === 'acquiring') return s.choosingScreen;
    if (status !== 'live' || !surface) return s.notSharing;
    const what = { monitor: s.sharingMonitor, window: s.sharingWindow, browser: s.sharingBrowser, unknown: s.sharingUnknown }[surface.kind];
    return surface.label ? formatString(s.sharingNamed, { what, label: surface.label }) : what;
  }

  private renderCropNotice() {
    const s = screenTexts();
    const { crop } = this;
    if (!crop || crop === 'cropped') return nothing;
    const what = this.display.surface?.kind === 'window' ? s.sharingWindow : s.sharingMonitor;
    const text = {
      'unsupported': s.cropUnsupported,
      'no-target': formatString(s.cropTargetMissing, { id: this.cropTo }),
      'not-this-tab': formatString(s.cropNotATab, { what: what.toLowerCase() }),
    }[crop];
    return html`<p part="notice" class="notice">${text}</p>`;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'screen-capture': ScreenCapture;
  }
}
