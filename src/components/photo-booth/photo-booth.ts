import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { enumAttribute, numberAttribute, optionalBooleanAttribute, textAttribute } from '../../attributes/attribute-spec.js';
import { CaptureError, liveTrack, toCaptureError, type CaptureRequest } from '../../core/index.js';
import { CaptureErrorEvent, CapturePhotoEvent, CaptureRecordingChunkEvent, type CaptureOperation } from '../../events.js';
import { errorText } from '../../i18n/error-text.js';
import { boothTexts } from './photo-booth.strings.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { galleryStyles } from '../../styles/gallery.styles.js';
import { releaseUnlessMoved } from '../../utils/unless-moved.js';
import type { CameraPreview } from '../camera-preview/camera-preview.js';
import { mirrors } from '../camera-preview/mirror.js';
import { CaptureElement } from '../capture-element.js';
import { cameraOffError, encodingError, leftThePageError } from './booth-errors.js';
import { recordingReasons } from '../recording/finished-clip.js';
import { handOverClip } from '../recording/hand-over-clip.js';
import { recordingAttributes } from '../recording/recording-attributes.js';
import type { ClipFormat } from '../recording/clip-format.js';
import { recordingError } from '../recording/recording-errors.js';
import { pauseAnnouncement, renderRecordingStatus } from '../recording/recording-status.js';
import { RecoveryController } from '../recording/recovery-controller.js';
import type { RecordedClip } from '../recording/clip-recorder.js';
import type { Frame } from './frame-source.js';
import { Gallery } from './gallery.js';
import { photoMaking } from './photo-making-module.js';
import { isClip, renderGallery, type GalleryItem } from './gallery-view.js';
import { withObjectUrl } from './object-url.js';
import { photoFormats, type CaptureClip, type CapturePhoto, type PhotoFormat } from './photo.js';
import { photoBoothStyles } from './photo-booth.styles.js';
import { PipelineController } from './pipeline-controller.js';
import { RecordingController } from '../recording/recording-controller.js';
import { ShutterController } from './shutter-controller.js';


const tag = 'photo-booth';
/** What the shutter makes: photos, or clips. */
type Mode = 'photo' | 'video';
/** Where a photo comes from: the video frame, or a full sensor photo (ImageCapture). */
type PhotoSource = 'canvas' | 'image-capture';
/** Each attribute declared once: its default, how its text is read and how a property value is checked. */
const attributes = {
  format: enumAttribute<PhotoFormat>(tag, 'format', photoFormats, 'image/png'),
  mode: enumAttribute<Mode>(tag, 'mode', ['photo', 'video'], 'photo'),
  ...recordingAttributes(tag),
  quality: numberAttribute(tag, 'quality', { min: 0, max: 1 }, 0.92),
  countdown: numberAttribute(tag, 'countdown', { min: 0, max: 60, integer: true }, 0),
  burst: numberAttribute(tag, 'burst', { min: 1, max: 50, integer: true }, 1),
  burstInterval: numberAttribute(tag, 'burst-interval', { min: 0, max: 60000 }, 500),
  maxPhotos: numberAttribute(tag, 'max-photos', { min: 0, max: 10000, integer: true }, 0),
  filter: textAttribute(tag, 'filter', (text) => CSS.supports('filter', text), 'is not a CSS filter'),
  mirror: optionalBooleanAttribute(tag, 'mirror'),
  source: enumAttribute<PhotoSource>(tag, 'source', ['canvas', 'image-capture'], 'canvas'),
};
const { format, mode, maxDuration, maxSize, clipFormat, chunkInterval, quality, countdown, burst, burstInterval, maxPhotos, filter, mirror, source } = attributes;
/** Failures after which only a file from the device can provide a photo. */
const noCamera = new Set(['not-found', 'unsupported', 'insecure-context', 'permission-denied']);

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
 * @csspart pause-button - Pauses and resumes a recording.
 * @csspart clear-button - Deletes every photo.
 *
 * @cssprop [--capture-shutter-background=#dc2626] - Shutter colour.
 * @cssprop [--capture-shutter-color=#fff] - Shutter text colour.
 * @cssprop [--capture-thumbnail-size=8em] - Smallest width of a gallery thumbnail.
 * @cssprop [--capture-booth-error=var(--capture-color-danger)] - Error text colour.
 * @cssprop [--capture-color-accent=#2563eb] - Token: background of the buttons.
 * @cssprop [--capture-color-danger=#b91c1c] - Token: error text and the gallery's Delete.
 * @cssprop [--capture-radius=6px] - Token: corner radius of buttons and thumbnails.
 * @cssprop [--capture-space-2=0.5em] - Token: the spacing scale, `--capture-space-1` to `--capture-space-4` (0.25em, 0.5em, 0.75em, 1.25em).
 * @cssprop [--capture-font-family] - Token: font (unset: the page's); `--capture-font-size` its size.
 * @cssprop [--capture-focus-ring=#1d4ed8] - Token: focus outline colour; `--capture-focus-ring-width` (3px) its thickness.
 *
 * @fires {CapturePhoto} capture-photo - A photo was taken; `detail` is `{ blob, url, width, height, takenAt }`. Cancelable: `preventDefault()` keeps it out of the gallery, and the photo is then the page's: the booth keeps no reference to it, its `url` is made when first read, and a page that read it revokes it (`URL.revokeObjectURL(photo.url)`).
 * @fires {CaptureClip} capture-recording - A clip was recorded; `detail` is `{ blob, url, mimeType, duration, takenAt }`: a file with its duration that can be seeked. Cancelable like `capture-photo`, with the same ownership.
 * @fires {RecordingChunk} capture-recording-chunk - With `chunk-interval`: the next piece of the clip's file as it is recorded; `detail` is `{ index, blob, elapsed }`. The pieces joined in order make the file as recorded (before it is made seekable).
 * @fires {CaptureError} capture-error - A photo (`operation` `photo`) or clip (`operation` `recording`) could not be taken; `detail` is the `CaptureError`. With a private store, also the store's own failures (`operation` `capture`).
 */
export class PhotoBooth extends CaptureElement {
  static override styles = [sharedStyles, galleryStyles, photoBoothStyles];
  protected static override checkedAttributes = attributes;
  protected readonly tag = tag;

  /** `image/png` (default), `image/jpeg` or `image/webp`. A format the browser cannot encode falls back to PNG. */
  @property({ converter: format.converter })
  format: PhotoFormat = format.fallback;

  /** `photo` (default): the shutter takes photos. `video`: it starts and stops a clip. */
  @property({ converter: mode.converter, reflect: true })
  mode: Mode = mode.fallback;

  /** The longest clip, in seconds; 0 for no limit. */
  @property({ attribute: 'max-duration', converter: maxDuration.converter })
  maxDuration: number = maxDuration.fallback;

  /** The largest clip, in bytes; 0 for no limit. The recording stops before its file would pass it. */
  @property({ attribute: 'max-size', converter: maxSize.converter })
  maxSize: number = maxSize.fallback;

  /**
   * The clips' container: `auto` (default: WebM where the browser records it, else MP4),
   * `video/webm` or `video/mp4`. One the browser cannot record falls back to the other, with a warning.
   */
  @property({ attribute: 'clip-format', converter: clipFormat.converter })
  clipFormat: ClipFormat = clipFormat.fallback;

  /**
   * Milliseconds between `capture-recording-chunk` events, each with the next piece of the file as
   * it is recorded (for uploads that start before the clip ends); 0 (default) for none.
   */
  @property({ attribute: 'chunk-interval', converter: chunkInterval.converter })
  chunkInterval: number = chunkInterval.fallback;

  /** JPEG and WebP quality, 0 to 1. */
  @property({ converter: quality.converter })
  quality: number = quality.fallback;

  /** Seconds counted down (3, 2, 1) before the shutter fires; 0 for none. Escape cancels. */
  @property({ converter: countdown.converter })
  countdown: number = countdown.fallback;

  /** How many photos one press of the shutter takes. */
  @property({ converter: burst.converter })
  burst: number = burst.fallback;

  /** Milliseconds between the photos of a burst. */
  @property({ attribute: 'burst-interval', converter: burstInterval.converter })
  burstInterval: number = burstInterval.fallback;

  /** The most photos the gallery keeps; the oldest go first. 0 keeps them all. */
  @property({ attribute: 'max-photos', converter: maxPhotos.converter })
  maxPhotos: number = maxPhotos.fallback;

  /** A CSS filter for the photos and the preview, e.g. `grayscale(1)` or `sepia(0.6) contrast(1.2)`. */
  @property({ converter: filter.converter })
  filter: string = filter.fallback;

  /** Mirrors the preview; see `<camera-preview mirror>`. */
  @property({ converter: mirror.converter })
  mirror: boolean | undefined = mirror.fallback;

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
  @property({ converter: source.converter })
  source: PhotoSource = source.fallback;

  @state() private announcement = '';
  @state() private flash = false;
  @state() private error: CaptureError | null = null;
  @query('camera-preview') private preview?: CameraPreview;

  /** Clips: started by the shutter in `video` mode, recorded from the canvas. */
  private readonly recorder: RecordingController = new RecordingController(this, {
    maxDuration: () => this.maxDuration,
    maxSize: () => this.maxSize,
    format: () => this.clipFormat,
    chunkInterval: () => this.chunkInterval,
    prepare: () => this.pipeline.load(),
    canvas: () => this.pipeline.sync(),
    onChunk: (chunk) => this.dispatchEvent(new CaptureRecordingChunkEvent(chunk)),
    onClip: (clip) => this.keepClip(clip),
    onError: (error) => this.recordingFailed(error),
    onNotice: () => (this.announcement = boothTexts().storageFull),
    onPauseChange: (paused) => (this.announcement = pauseAnnouncement(paused)),
  });
  /** Clips of an earlier visit, cut short, offered in the gallery. */
  private readonly recovery = new RecoveryController(this, (clip) => {
    this.gallery.add(clip);
    this.requestUpdate();
  });
  /** The canvas the filter and recordings go through. */
  private readonly pipeline: PipelineController = new PipelineController(this, {
    filter: () => this.filter,
    recording: () => this.recorder.active,
    mirror: () => this.mirrorsPixels(),
    camera: () => liveTrack(this.state.stream, 'video'),
  });
  /** The shutter in `photo` mode: countdown, then one photo or a burst. */
  private readonly shutter = new ShutterController(this, {
    countdown: () => this.countdown,
    burst: () => this.burst,
    burstInterval: () => this.burstInterval,
    takePhoto: () => this.takePhoto(),
    announce: (text) => (this.announcement = text),
  });
  private readonly gallery = new Gallery<GalleryItem>();
  /** Aborted when the booth leaves the page: nothing is delivered or reported after that. */
  private lifetime = new AbortController();
  private formatWarned = false;

  /**
   * The camera with the filter applied, as a live stream a page can show, send or record;
   * `null` without a filter or a live camera.
   */
  get filteredStream(): MediaStream | null {
    return this.pipeline.stream;
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

  /** Whether the clip being recorded is paused. */
  get paused(): boolean {
    return this.recorder.paused;
  }

  /** Pauses the clip being recorded: the timer stands still, and nothing is recorded until `resumeRecording()`. */
  pauseRecording(): void {
    this.recorder.pause();
  }

  /** Goes on recording a paused clip. */
  resumeRecording(): void {
    this.recorder.resume();
  }

  protected privateRequest(): CaptureRequest {
    return { video: true, audio: false };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.lifetime.signal.aborted) this.lifetime = new AbortController(); // back on the page after it left
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    releaseUnlessMoved(this, () => this.release());
  }

  /**
   * The booth left the page: a photo on its way is dropped and the gallery's URLs are revoked.
   * The shutter, the recording and the canvas end by themselves (their controllers).
   */
  private release(): void {
    this.lifetime.abort();
    this.gallery.letGo();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('maxPhotos')) this.gallery.setLimit(this.maxPhotos || Infinity);
    const { stream, status } = this.state;
    const camera = liveTrack(stream, 'video');
    // The camera ended (unplugged, or turned off) and is not being replaced: the clip so far is kept.
    if (!camera && status !== 'acquiring' && this.recorder.recording) void this.recorder.stop(true);
    this.recorder.setMicrophone(liveTrack(stream, 'audio'));
    // In video mode the canvas's code is at hand before the shutter is pressed (see the screen capture's).
    if (this.mode === 'video' && camera) this.pipeline.preload();
  }

  /** A mirrored recording is drawn mirrored; the preview then shows those pixels as they are. */
  private mirrorsPixels(): boolean {
    return this.mirrorRecording && this.recorder.active && mirrors(this.mirror, this.state.tracks.video?.settings);
  }

  /**
   * Takes a photo now (no countdown) at the camera's real resolution, dispatches
   * `capture-photo`, and adds it to the gallery unless a listener prevented that.
   * Rejects with a CaptureError when there is no live camera (reason `no-camera`) or no frame
   * arrives (`no-frame`); with `aborted`, reporting nothing, when the booth leaves the page first.
   */
  takePhoto(): Promise<CapturePhoto> {
    return this.photoFrom(() => this.cameraFrame(), this.mirrorPhoto);
  }

  /** One frame of the camera: ImageCapture's full photo where asked and available, else the video frame. */
  private async cameraFrame(): Promise<Frame> {
    const track = liveTrack(this.state.stream, 'video');
    if (!track) throw cameraOffError();
    const { sensorFrame, videoFrame } = await photoMaking.get();
    if (this.source === 'image-capture' && 'ImageCapture' in globalThis) return sensorFrame(track);
    // The preview shows the filtered stream: photos start from the unfiltered frames.
    return videoFrame(this.pipeline.source ?? this.preview?.videoElement);
  }

  /** A photo from the device's files (no camera, or the camera refused) takes the same path. */
  private async pickFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await this.photoFrom(async () => (await photoMaking.get()).fileFrame(file), false).catch(() => undefined); // shown and reported already
  }

  /**
   * Makes a photo of a frame (closed once drawn, whatever happens) and delivers it. A failure
   * is shown and reported once. Once the booth has left the page nothing is delivered or
   * reported, and the promise rejects with `aborted`.
   */
  private async photoFrom(frameOf: () => Promise<Frame>, mirror: boolean): Promise<CapturePhoto> {
    const { signal } = this.lifetime;
    const takenAt = new Date();
    try {
      signal.throwIfAborted();
      const frame = await frameOf();
      const blob = await this.encode(frame, mirror).finally(() => frame.close());
      signal.throwIfAborted();
      const photo = withObjectUrl({ blob, width: frame.width, height: frame.height, takenAt });
      this.deliver(photo);
      return photo;
    } catch (cause) {
      const error = signal.aborted ? leftThePageError(cause) : toCaptureError(cause);
      this.failed(error, 'photo');
      throw error;
    }
  }

  /**
   * The photo's file, in the booth's format, quality and filter. A failure has reason
   * `encoding-failed`, or `no-frame` when the video drew no frame in time.
   */
  private async encode(frame: Frame, mirror: boolean): Promise<Blob> {
    const { format, quality, filter } = this;
    const { drawPhoto } = await photoMaking.get();
    const blob = await drawPhoto(frame, { format, quality, filter, mirror }).catch((cause: unknown) => {
      throw cause instanceof CaptureError ? cause : encodingError(cause);
    });
    if (blob.type !== format && !this.formatWarned) {
      this.formatWarned = true;
      console.warn(`<photo-booth>: this browser cannot encode ${format}; photos are saved as ${blob.type}.`);
    }
    return blob;
  }

  /** `capture-photo`, then the gallery (unless prevented), the flash and the announcement. */
  private deliver(photo: CapturePhoto): void {
    this.handOver(photo, new CapturePhotoEvent(photo));
    this.flash = true;
    this.announcement = boothTexts().photoTaken;
    this.requestUpdate();
  }

  /**
   * Dispatches a photo's or clip's event; the gallery keeps the item unless a listener prevented
   * that. A prevented item is the page's: the booth keeps no reference to it. Its `url` is made
   * the first time it is read (a page that only uploads the blob makes none); a page that read
   * it revokes it when done, with `URL.revokeObjectURL(item.url)`.
   */
  private handOver(item: GalleryItem, event: CapturePhotoEvent): void {
    this.dispatchEvent(event);
    if (!event.defaultPrevented) this.gallery.add(item);
  }

  /** Shows and reports a failure of the booth's own work, once; a booth that left the page reports nothing. */
  private failed(error: CaptureError, operation: CaptureOperation): void {
    if (this.lifetime.signal.aborted) return;
    this.error = error;
    this.dispatchEvent(new CaptureErrorEvent(error, operation));
  }

  /** The booth's words for the reasons of its own failures; the rest are the store's. */
  private errorMessage(error: CaptureError): string {
    const s = boothTexts();
    return errorText(error, {
      'no-camera': s.errorNoCamera,
      'no-frame': s.errorNoFrame,
      'file-unreadable': s.errorFileUnreadable,
      'encoding-failed': s.errorEncodingFailed,
      ...recordingReasons(),
    });
  }

  protected override render() {
    const s = boothTexts();
    const live = this.state.status === 'live';
    const video = this.mode === 'video';
    const { recorder, shutter } = this;
    const shutterLabel = video ? (recorder.recording ? s.stopRecording : s.startRecording) : s.shutter;
    // Empty text is `nothing`, not '': after hydrating server HTML, Lit writes text that
    // replaces an empty string into its own marker, unseen (lit/lit#4937).
    return html`
      <div class="stage">
        <camera-preview part="preview" .store=${this.store} .mirror=${this.mirrorsPixels() ? false : this.mirror}
          .displayStream=${this.pipeline.stream}></camera-preview>
        ${this.flash ? html`<div class="flash" @animationend=${() => (this.flash = false)}></div>` : nothing}
        ${shutter.count ? html`<p part="count" class="count" aria-hidden="true">${shutter.count}</p>` : nothing}
      </div>
      <div class="bar">
        <button part="shutter" class="shutter" type="button" ?disabled=${!live || shutter.busy || recorder.starting}
          aria-pressed=${video ? String(recorder.recording) : nothing}
          @click=${video ? this.toggleRecording : this.shoot}>${shutterLabel}</button>
        ${renderRecordingStatus(recorder)}
        ${shutter.count ? html`<button part="cancel-button" type="button" @click=${() => shutter.cancel()}>${s.cancelCountdown}</button>` : nothing}
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.errorMessage(this.error)}</p>` : nothing}
      ${this.renderFilePicker()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement || nothing}</p>
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

  /** The shutter in `photo` mode: a new shot clears the last error. */
  private shoot(): void {
    this.error = null;
    void this.shutter.shoot();
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
    if (!liveTrack(stream, 'video')) return;
    this.error = null;
    await this.recorder.start({ microphone: liveTrack(stream, 'audio') });
    if (this.recorder.recording) this.announcement = boothTexts().recordingStarted;
  }

  /** A finished clip goes to `capture-recording` and, unless prevented, to the gallery. */
  private keepClip(recorded: RecordedClip): void {
    if (this.lifetime.signal.aborted) return;
    const empty = handOverClip(this, recorded, (clip) => this.gallery.add(clip));
    if (empty) return this.failed(empty, 'recording');
    this.announcement = boothTexts().recordingSaved;
    this.requestUpdate();
  }

  private recordingFailed(cause: Error): void {
    this.failed(recordingError(cause, 'recording-failed'), 'recording');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'photo-booth': PhotoBooth;
  }
}
