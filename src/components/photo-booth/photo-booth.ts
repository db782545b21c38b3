import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { coerceEnum, enumConverter } from '../../attributes/enum-converter.js';
import { coerceNumber } from '../../attributes/number-range.js';
import { optionalBooleanConverter } from '../../attributes/optional-boolean-converter.js';
import { warnBadAttribute } from '../../attributes/warn.js';
import { CaptureError, createCaptureStore, liveTrack, toCaptureError, type CaptureStore } from '../../core/index.js';
import { CaptureErrorEvent, CapturePhotoEvent, CaptureRecordingEvent, type CaptureOperation } from '../../events.js';
import { errorText } from '../../i18n/error-text.js';
import { formatString } from '../../i18n/strings.js';
import { boothTexts } from './photo-booth.strings.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { releaseUnlessMoved } from '../../utils/unless-moved.js';
import type { CameraPreview } from '../camera-preview/camera-preview.js';
import { mirrors } from '../camera-preview/mirror.js';
import { CaptureElement } from '../capture-element.js';
import { drawPhoto } from './draw-photo.js';
import type { RecordedClip } from './clip-recorder.js';
import { FilterPipeline } from './filter-pipeline.js';
import { firstFrame, firstFrameTimeoutMs } from './first-frame.js';
import { Gallery } from './gallery.js';
import { isClip, renderGallery, type GalleryItem } from './gallery-view.js';
import { photoFormats, type CaptureClip, type CapturePhoto, type PhotoFormat } from './photo.js';
import { photoBoothStyles } from './photo-booth.styles.js';
import { RecordingController } from './recording-controller.js';

const sources = ['canvas', 'image-capture'] as const;
const modes = ['photo', 'video'] as const;
const minutesAndSeconds = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
/** Failures after which only a file from the device can provide a photo. */
const noCamera = new Set(['not-found', 'unsupported', 'insecure-context', 'permission-denied']);

const sleep = (ms: number, signal: AbortSignal) => new Promise<void>((resolve, reject) => {
  const timer = setTimeout(resolve, ms);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    reject(new DOMException('Cancelled', 'AbortError'));
  }, { once: true });
});

/**
 * A complete photo booth: the live preview, a shutter with countdown and bursts, filters, clips,
 * and a gallery with download and delete. Where there is no camera (or it was refused), a file
 * picker lets the person provide a photo from their device through the same path.
 *
 * @summary Takes photos and clips from the camera, with countdown, burst, filter and gallery.
 *
 * @csspart preview - The `<camera-preview>` inside.
 * @csspart shutter - The shutter button.
 * @csspart cancel-button - Cancels a running countdown.
 * @csspart count - The countdown number over the preview.
 * @csspart file-picker - The file input offered when there is no camera.
 * @csspart gallery - The photos and clips taken.
 * @csspart timer - The elapsed time of a recording.
 * @csspart clear-button - Deletes every photo.
 *
 * @cssprop [--capture-shutter-background=#dc2626] - Shutter colour.
 * @cssprop [--capture-shutter-color=#fff] - Shutter text colour.
 * @cssprop [--capture-thumbnail-size=8em] - Smallest width of a gallery thumbnail.
 * @cssprop [--capture-booth-error=#b91c1c] - Error text colour.
 *
 * @fires capture-photo - A photo was taken; `detail` is `{ blob, url, width, height, takenAt }`. Cancelable: `preventDefault()` keeps it out of the gallery.
 * @fires capture-recording - A clip was recorded; `detail` is `{ blob, url, mimeType, duration, takenAt }`.
 * @fires capture-error - A photo (`operation` `photo`) or clip (`operation` `recording`) could not be taken; `detail` is the `CaptureError`. With a private store, also the store's own failures (`operation` `capture`).
 */
export class PhotoBooth extends CaptureElement {
  static override styles = [sharedStyles, photoBoothStyles];
  protected readonly tag = 'photo-booth';

  /** `image/png` (default), `image/jpeg` or `image/webp`. A format the browser cannot encode falls back to PNG. */
  @property({ converter: enumConverter('photo-booth', 'format', photoFormats, 'image/png') })
  format: PhotoFormat = 'image/png';

  /** `photo` (default): the shutter takes photos. `video`: it starts and stops a clip. */
  @property({ converter: enumConverter('photo-booth', 'mode', modes, 'photo'), reflect: true })
  mode: (typeof modes)[number] = 'photo';

  /** The longest clip, in seconds; 0 for no limit. */
  @property({ type: Number, attribute: 'max-duration' })
  maxDuration = 0;

  /** JPEG and WebP quality, 0 to 1. */
  @property({ type: Number })
  quality = 0.92;

  /** Seconds counted down (3, 2, 1) before the shutter fires; 0 for none. Escape cancels. */
  @property({ type: Number })
  countdown = 0;

  /** How many photos one press of the shutter takes. */
  @property({ type: Number })
  burst = 1;

  /** Milliseconds between the photos of a burst. */
  @property({ type: Number, attribute: 'burst-interval' })
  burstInterval = 500;

  /** The most photos the gallery keeps; the oldest go first. 0 keeps them all. */
  @property({ type: Number, attribute: 'max-photos' })
  maxPhotos = 0;

  /** A CSS filter for the photos and the preview, e.g. `grayscale(1)` or `sepia(0.6) contrast(1.2)`. */
  @property()
  filter = '';

  /** Mirrors the preview; see `<camera-preview mirror>`. */
  @property({ converter: optionalBooleanConverter('photo-booth', 'mirror') })
  mirror: boolean | undefined = undefined;

  /**
   * Records clips mirrored like the preview. While such a recording runs, `filteredStream` is
   * mirrored too (it is what is recorded).
   */
  @property({ type: Boolean, attribute: 'mirror-recording' })
  mirrorRecording = false;

  /** Saves photos mirrored like the preview. By default they are saved as the camera sees them. */
  @property({ type: Boolean, attribute: 'mirror-photo' })
  mirrorPhoto = false;

  /** `canvas` (default): the video frame. `image-capture`: a full sensor photo with ImageCapture, where the browser has it. */
  @property({ converter: enumConverter('photo-booth', 'source', sources, 'canvas') })
  source: (typeof sources)[number] = 'canvas';

  @state() private count = 0;
  @state() private announcement = '';
  @state() private flash = false;
  @state() private busy = false;
  @state() private error: CaptureError | null = null;
  @query('camera-preview') private preview?: CameraPreview;

  private readonly recorder = new RecordingController(this, {
    maxDuration: () => this.maxDuration,
    onClip: (clip) => this.keepClip(clip),
    onError: (error) => this.recordingFailed(error),
  });
  private readonly gallery = new Gallery<GalleryItem>();
  /** URLs of photos a page kept out of the gallery: revoked when the booth leaves. */
  private readonly handedOut = new Set<string>();
  private countdownAbort?: AbortController;
  private pipeline?: FilterPipeline;
  private formatWarned = false;

  /**
   * The camera with the filter applied, as a live stream a page can show, send or record;
   * `null` without a filter or a live camera.
   */
  get filteredStream(): MediaStream | null {
    return this.pipeline?.stream ?? null;
  }

  /** The photos in the gallery, newest first. */
  get photos(): readonly CapturePhoto[] {
    return this.gallery.all.filter((item): item is CapturePhoto => !isClip(item));
  }

  /** The clips in the gallery, newest first. */
  get clips(): readonly CaptureClip[] {
    return this.gallery.all.filter(isClip);
  }

  /** Whether a clip is being recorded. */
  get recording(): boolean {
    return this.recorder.recording;
  }

  protected createPrivateStore(): CaptureStore {
    return createCaptureStore({ video: true, audio: false });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeydown);
    releaseUnlessMoved(this, () => this.release());
  }

  /** The booth left the page: its countdown, canvas and every object URL it made end. */
  private release(): void {
    this.countdownAbort?.abort();
    this.runPipeline(undefined);
    this.gallery.clear();
    this.handedOut.forEach((url) => URL.revokeObjectURL(url));
    this.handedOut.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const t = this.tag;
    if (changed.has('format')) this.format = coerceEnum(t, 'format', this.format, photoFormats, 'image/png');
    if (changed.has('source')) this.source = coerceEnum(t, 'source', this.source, sources, 'canvas');
    if (changed.has('mode')) this.mode = coerceEnum(t, 'mode', this.mode, modes, 'photo');
    if (changed.has('maxDuration')) {
      this.maxDuration = coerceNumber(t, 'max-duration', this.maxDuration, { min: 0, max: 24 * 3600 }, 0);
    }
    if (changed.has('quality')) this.quality = coerceNumber(t, 'quality', this.quality, { min: 0, max: 1 }, 0.92);
    if (changed.has('countdown')) this.countdown = coerceNumber(t, 'countdown', this.countdown, { min: 0, max: 60, integer: true }, 0);
    if (changed.has('burst')) this.burst = coerceNumber(t, 'burst', this.burst, { min: 1, max: 50, integer: true }, 1);
    if (changed.has('burstInterval')) {
      this.burstInterval = coerceNumber(t, 'burst-interval', this.burstInterval, { min: 0, max: 60000 }, 500);
    }
    if (changed.has('maxPhotos')) {
      this.maxPhotos = coerceNumber(t, 'max-photos', this.maxPhotos, { min: 0, max: 10000, integer: true }, 0);
      this.gallery.setLimit(this.maxPhotos || Infinity);
    }
    if (changed.has('filter') && this.filter && !CSS.supports('filter', this.filter)) {
      warnBadAttribute(t, 'filter', this.filter, 'is not a CSS filter', 'none');
      this.filter = '';
    }
    const { stream, status } = this.state;
    const camera = liveTrack(stream, 'video');
    // The camera ended (unplugged, or turned off) and is not being replaced: the clip so far is kept.
    if (!camera && status !== 'acquiring' && this.recorder.recording) void this.recorder.stop(true);
    this.runPipeline(camera);
    this.recorder.setMicrophone(liveTrack(stream, 'audio'));
  }

  /**
   * The canvas the filter and recordings go through: on while there is a filter or a recording,
   * following the camera (a switch changes its source, not its output), ended otherwise.
   */
  private runPipeline(camera: MediaStreamTrack | undefined): void {
    const wanted = this.isConnected && (this.filter !== '' || this.recorder.active);
    if (!wanted) {
      this.pipeline?.stop();
      this.pipeline = undefined;
      return;
    }
    if (!this.pipeline && camera) this.pipeline = new FilterPipeline(camera, this.filter);
    if (this.pipeline && camera && this.pipeline.track !== camera) this.pipeline.setSource(camera);
    this.configurePipeline();
  }

  private configurePipeline(): void {
    if (!this.pipeline) return;
    this.pipeline.filter = this.filter || 'none';
    this.pipeline.mirror = this.mirrorsPixels();
  }

  /** A mirrored recording is drawn mirrored; the preview then shows those pixels as they are. */
  private mirrorsPixels(): boolean {
    return this.mirrorRecording && this.recorder.active && mirrors(this.mirror, this.state.tracks.video?.settings);
  }

  /**
   * Takes a photo now (no countdown) at the camera's real resolution, dispatches
   * `capture-photo`, and adds it to the gallery unless a listener prevented that.
   * Rejects with a CaptureError when there is no live camera or no frame arrives.
   */
  async takePhoto(): Promise<CapturePhoto> {
    try {
      const photo = await this.grabFrame();
      this.deliver(photo);
      return photo;
    } catch (cause) {
      const error = toCaptureError(cause);
      this.failed(error, 'photo');
      throw error;
    }
  }

  /** Shows and reports a failure of the booth's own work, once. */
  private failed(error: CaptureError, operation: CaptureOperation): void {
    this.error = error;
    this.dispatchEvent(new CaptureErrorEvent(error, operation));
  }

  /** The booth's words for the reasons of its own failures; the rest are the store's. */
  private errorMessage(error: CaptureError): string {
    const s = boothTexts();
    return errorText(error, {
      'no-camera': s.errorNoCamera,
      'no-frame': s.errorNoFrame,
      'recording-failed': s.errorRecording,
      'recording-empty': formatString(s.errorRecording, { detail: s.recordingEmpty }),
    });
  }

  protected override render() {
    const s = boothTexts();
    const live = this.state.status === 'live';
    const video = this.mode === 'video';
    const { recorder } = this;
    const shutterLabel = video ? (recorder.recording ? s.stopRecording : s.startRecording) : s.shutter;
    return html`
      <div class="stage">
        <camera-preview part="preview" .store=${this.store} .mirror=${this.mirrorsPixels() ? false : this.mirror}
          .displayStream=${this.pipeline?.stream ?? null}></camera-preview>
        ${this.flash ? html`<div class="flash" @animationend=${() => (this.flash = false)}></div>` : nothing}
        ${this.count ? html`<p part="count" class="count" aria-hidden="true">${this.count}</p>` : nothing}
      </div>
      <div class="bar">
        <button part="shutter" class="shutter" type="button" ?disabled=${!live || this.busy || recorder.starting}
          aria-pressed=${video ? String(recorder.recording) : nothing}
          @click=${video ? this.toggleRecording : this.shoot}>${shutterLabel}</button>
        ${recorder.recording ? html`<span part="timer" role="timer">${minutesAndSeconds(recorder.elapsed)}</span>` : nothing}
        ${this.count ? html`<button part="cancel-button" type="button" @click=${this.cancelCountdown}>${s.cancelCountdown}</button>` : nothing}
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.errorMessage(this.error)}</p>` : nothing}
      ${this.renderFilePicker()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${renderGallery(this.gallery.all, this.deleteItem, this.clearItems)}
    `;
  }

  private renderFilePicker() {
    const code = this.state.error?.code;
    if (!code || !noCamera.has(code)) return nothing;
    return html`<div class="fallback">
      <label for="file">${boothTexts().choosePhoto}</label>
      <input part="file-picker" id="file" type="file" accept="image/*" capture="user" @change=${this.pickFile}>
    </div>`;
  }

  /** The shutter: the countdown, then one photo or a burst. */
  private async shoot(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    const abort = (this.countdownAbort = new AbortController());
    try {
      for (let n = this.countdown; n > 0; n--) {
        this.count = n;
        this.announcement = String(n);
        await sleep(1000, abort.signal);
      }
      this.count = 0;
      for (let i = 0; i < this.burst; i++) {
        if (i > 0) await sleep(this.burstInterval, abort.signal);
        await this.takePhoto();
      }
      this.announcement = this.burst > 1 ? formatString(boothTexts().photosTaken, { n: this.burst }) : boothTexts().photoTaken;
    } catch {
      // A failed photo is already shown and dispatched by takePhoto(); a cancel is announced here.
      if (abort.signal.aborted) this.announcement = boothTexts().countdownCancelled;
    } finally {
      this.count = 0;
      this.busy = false;
    }
  }

  private cancelCountdown(): void {
    this.countdownAbort?.abort();
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.count) {
      event.preventDefault();
      this.cancelCountdown();
    }
  };

  /** One frame at the camera's real size: ImageCapture's full photo where asked and available, else the video frame. */
  private async grabFrame(): Promise<CapturePhoto> {
    const track = liveTrack(this.state.stream, 'video');
    if (!track) throw new CaptureError('invalid-argument', 'takePhoto() needs a live camera', { params: { reason: 'no-camera' } });
    const takenAt = new Date();
    let source: CanvasImageSource;
    let width: number;
    let height: number;
    if (this.source === 'image-capture' && 'ImageCapture' in globalThis) {
      const bitmap = await createImageBitmap(await new ImageCapture(track).takePhoto());
      ({ width, height } = bitmap);
      source = bitmap;
    } else {
      // The preview shows the filtered stream: photos start from the unfiltered frames.
      const video = this.pipeline?.source ?? this.preview?.videoElement;
      const noFrame = (cause?: unknown) => new CaptureError('unknown', 'No frame arrived from the camera', { cause, params: { reason: 'no-frame' } });
      if (!video) throw noFrame();
      await firstFrame(video, firstFrameTimeoutMs).catch((cause: unknown) => {
        throw noFrame(cause);
      });
      ({ videoWidth: width, videoHeight: height } = video);
      source = video;
    }
    try {
      return await this.encode(source, width, height, takenAt, this.mirrorPhoto);
    } finally {
      if (source instanceof ImageBitmap) source.close();
    }
  }

  private async encode(source: CanvasImageSource, width: number, height: number, takenAt: Date, mirror: boolean): Promise<CapturePhoto> {
    const blob = await drawPhoto(source, { width, height, format: this.format, quality: this.quality, filter: this.filter, mirror });
    if (blob.type !== this.format && !this.formatWarned) {
      this.formatWarned = true;
      console.warn(`<photo-booth>: this browser cannot encode ${this.format}; photos are saved as ${blob.type}.`);
    }
    return { blob, url: URL.createObjectURL(blob), width, height, takenAt };
  }

  private deliver(photo: CapturePhoto): void {
    const event = new CapturePhotoEvent(photo);
    this.dispatchEvent(event);
    if (event.defaultPrevented) this.handedOut.add(photo.url);
    else this.gallery.add(photo);
    this.flash = true;
    this.announcement = boothTexts().photoTaken;
    this.requestUpdate();
  }

  /** A photo from the device's files (no camera, or the camera refused) takes the same path. */
  private async pickFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const bitmap = await createImageBitmap(file);
      this.deliver(await this.encode(bitmap, bitmap.width, bitmap.height, new Date(), false));
      bitmap.close();
    } catch (cause) {
      this.failed(toCaptureError(cause), 'photo');
    }
  }

  private readonly deleteItem = (item: GalleryItem): void => {
    this.gallery.remove(item);
    this.requestUpdate();
  };

  private readonly clearItems = (): void => {
    this.gallery.clear();
    this.requestUpdate();
  };

  /** Starts a clip, or stops it and puts it in the gallery. */
  private async toggleRecording(): Promise<void> {
    if (this.recorder.recording) return this.recorder.stop(true);
    const { stream } = this.state;
    const camera = liveTrack(stream, 'video');
    if (!camera) return;
    this.error = null;
    await this.recorder.start(() => this.pipelineFor(camera), liveTrack(stream, 'audio'),
      (pipeline) => pipeline === this.pipeline); // else the booth left the page meanwhile
    if (this.recorder.recording) this.announcement = boothTexts().recordingStarted;
  }

  /** The pipeline, started now if no filter had started it. */
  private pipelineFor(camera: MediaStreamTrack): FilterPipeline {
    this.pipeline ??= new FilterPipeline(camera, this.filter || 'none');
    this.configurePipeline(); // mirrored from the first frame a mirrored recording will hold
    return this.pipeline;
  }

  /** A finished clip goes to `capture-recording` and, unless prevented, to the gallery. */
  private keepClip({ blob, mimeType, duration }: RecordedClip): void {
    if (!this.isConnected) return;
    // A browser whose encoder had not started yet delivers nothing: say so rather than keep an empty file.
    if (blob.size === 0) return this.recordingFailed(new Error('nothing was recorded'), 'recording-empty');
    const clip: CaptureClip = { blob, url: URL.createObjectURL(blob), mimeType, duration, takenAt: new Date() };
    const event = new CaptureRecordingEvent(clip);
    this.dispatchEvent(event);
    if (event.defaultPrevented) this.handedOut.add(clip.url);
    else this.gallery.add(clip);
    this.announcement = boothTexts().recordingSaved;
    this.requestUpdate();
  }

  private recordingFailed(cause: Error, reason = 'recording-failed'): void {
    const error = new CaptureError('unknown', `The recording failed: ${cause.message}`, { cause, params: { reason, detail: cause.message } });
    this.failed(error, 'recording');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'photo-booth': PhotoBooth;
  }
}
