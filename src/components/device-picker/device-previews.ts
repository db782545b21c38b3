import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toCaptureError, type CaptureError, type MediaKind } from '../../core/index.js';

/** What one device of the open list shows. */
export type DevicePreview =
  | { readonly status: 'opening' }
  | { readonly status: 'live'; readonly stream: MediaStream }
  | { readonly status: 'failed'; readonly error: CaptureError };

/** The store's live track and the device it comes from: shown as it is, never opened again. */
export interface StoreTrack {
  readonly deviceId: string;
  readonly track: MediaStreamTrack;
}

/** A preview this controller opened, whose tracks it stops. */
interface Opened {
  preview: DevicePreview;
}

const stopTracks = (stream: MediaStream) => stream.getTracks().forEach((track) => track.stop());

/**
 * The live previews of the devices of one kind while a list of them is open: each listed
 * device opened with its own `getUserMedia`, except the one the store already uses. Every track
 * it opened is stopped by `close()`, and when its element leaves the page; a stream that arrives
 * after that is stopped at once.
 */
export class DevicePreviews implements ReactiveController {
  private readonly opened = new Map<string, Opened>();
  /** Streams wrapping the store's tracks, one per track, so a `<video>` keeps its source. */
  private readonly wrappers = new WeakMap<MediaStreamTrack, MediaStream>();
  /** Bumped by `close()`: an answer for an earlier opening is no longer wanted. */
  private generation = 0;
  /**
   * The request for access made when the devices had no ids yet (before permission): made once
   * per opening; once granted, its stream is the preview of the device it opened.
   */
  private grant?: Opened;
  private shared?: StoreTrack;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called once access was granted by the first preview, so the devices get their names and ids. */
    private readonly onGranted: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close();
  }

  /**
   * Opens each device in `deviceIds` that is not open yet and stops those that left the list or
   * that the store now shows. An empty deviceId (no permission yet) first asks for access.
   */
  sync(media: MediaKind, deviceIds: readonly string[], shared: StoreTrack | undefined): void {
    this.shared = shared;
    // Without ids (no permission yet) the list cannot tell the devices apart: ask for access first.
    if (deviceIds.some((id) => !id)) {
      this.grant ??= this.open(media, undefined);
      return;
    }
    // Until access is answered, the device that asked for it is unknown: opening others could open it twice.
    if (this.grant?.preview.status === 'opening') return;
    for (const [deviceId, opened] of this.opened) {
      if (!deviceIds.includes(deviceId) || deviceId === shared?.deviceId) this.stop(deviceId, opened);
    }
    // A grant stream that no listed device adopted has done its job.
    if (this.grant?.preview.status === 'live' && ![...this.opened.values()].includes(this.grant)) stopTracks(this.grant.preview.stream);
    for (const deviceId of deviceIds) {
      if (deviceId !== shared?.deviceId && !this.opened.has(deviceId)) this.opened.set(deviceId, this.open(media, deviceId));
    }
  }

  /** What the device shows now; undefined for one not listed since the last `sync`. */
  previewOf(deviceId: string): DevicePreview | undefined {
    if (this.shared && deviceId === this.shared.deviceId) return { status: 'live', stream: this.wrap(this.shared.track) };
    if (!deviceId) return this.grant?.preview;
    return this.opened.get(deviceId)?.preview;
  }

  /** Stops every track opened for the list, including those still on their way. */
  close(): void {
    this.generation++;
    for (const [deviceId, opened] of this.opened) this.stop(deviceId, opened);
    if (this.grant?.preview.status === 'live') stopTracks(this.grant.preview.stream);
    this.grant = undefined;
    this.shared = undefined;
  }

  private stop(deviceId: string, opened: Opened): void {
    if (opened.preview.status === 'live') stopTracks(opened.preview.stream);
    this.opened.delete(deviceId);
  }

  /** Opens `deviceId` (undefined: whichever device the browser gives, to ask for access). */
  private open(media: MediaKind, deviceId: string | undefined): Opened {
    const opened: Opened = { preview: { status: 'opening' } };
    const generation = this.generation;
    const wanted = () => generation === this.generation && (deviceId ? this.opened.get(deviceId) === opened : this.grant === opened);
    const mediaDevices = globalThis.navigator?.mediaDevices;
    const asking = mediaDevices?.getUserMedia
      ? mediaDevices.getUserMedia({ [media]: deviceId ? { deviceId: { exact: deviceId } } : true })
      : Promise.reject(new DOMException('getUserMedia is not available', 'NotSupportedError'));
    asking.then(
      (stream) => {
        if (!wanted()) return stopTracks(stream);
        opened.preview = { status: 'live', stream };
        if (!deviceId) this.adoptGranted(opened, stream);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (!wanted()) return;
        opened.preview = { status: 'failed', error: toCaptureError(error, [media]) };
        this.host.requestUpdate();
      },
    );
    return opened;
  }

  /** The stream that asked for access is its device's preview: that device is not opened twice. */
  private adoptGranted(opened: Opened, stream: MediaStream): void {
    const deviceId = stream.getTracks()[0]?.getSettings().deviceId;
    if (deviceId && !this.opened.has(deviceId)) this.opened.set(deviceId, opened);
    this.onGranted();
  }

  private wrap(track: MediaStreamTrack): MediaStream {
    let stream = this.wrappers.get(track);
    if (!stream) this.wrappers.set(track, (stream = new MediaStream([track])));
    return stream;
  }
}
