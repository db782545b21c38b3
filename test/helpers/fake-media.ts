/**
 * A fake `env` for faults a real browser cannot produce on demand: a device unplugged, a
 * camera held by another app, devices appearing. The objects behave like the real ones:
 * events, readyState, `stop()` firing no `ended`.
 */
import type { CaptureEnv } from '../../src/core/index.js';

let nextId = 0;

export class FakeTrack extends EventTarget {
  readonly id = `track-${++nextId}`;
  readyState: MediaStreamTrackState = 'live';
  muted = false;
  enabled = true;
  private settings: MediaTrackSettings;

  constructor(readonly kind: 'video' | 'audio', readonly label: string, readonly deviceId: string) {
    super();
    this.settings = kind === 'video' ? { deviceId, width: 640, height: 480, frameRate: 30 } : { deviceId, sampleRate: 48000 };
  }

  stop(): void {
    this.readyState = 'ended'; // like the real track: no `ended` event for stop()
  }

  getSettings(): MediaTrackSettings {
    return { ...this.settings };
  }

  getCapabilities(): MediaTrackCapabilities {
    return this.kind === 'video' ? { deviceId: this.deviceId, width: { min: 1, max: 1920 }, height: { min: 1, max: 1080 } } : { deviceId: this.deviceId };
  }

  getConstraints(): MediaTrackConstraints {
    return {};
  }

  applyConstraints(constraints: MediaTrackConstraints = {}): Promise<void> {
    const width = constraints.width as ConstrainULongRange | undefined;
    if (this.kind === 'video' && typeof width?.exact === 'number') {
      if (width.exact > 1920) return Promise.reject(overconstrained('width'));
      this.settings = { ...this.settings, width: width.exact, height: Math.round((width.exact * 3) / 4) };
    }
    return Promise.resolve();
  }

  /** The device went away: the track ends by itself. */
  end(): void {
    if (this.readyState === 'ended') return;
    this.readyState = 'ended';
    this.dispatchEvent(new Event('ended'));
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.dispatchEvent(new Event(muted ? 'mute' : 'unmute'));
  }
}

export class FakeStream extends EventTarget {
  readonly id = `stream-${++nextId}`;
  private tracks: FakeTrack[];

  constructor(tracks: FakeTrack[]) {
    super();
    this.tracks = [...tracks];
  }

  get active(): boolean {
    return this.tracks.some((t) => t.readyState === 'live');
  }

  getTracks = () => [...this.tracks];
  getVideoTracks = () => this.tracks.filter((t) => t.kind === 'video');
  getAudioTracks = () => this.tracks.filter((t) => t.kind === 'audio');

  /** The browser adds a track (script calls to addTrack fire no event, these do). */
  browserAddsTrack(track: FakeTrack): void {
    this.tracks.push(track);
    this.dispatchEvent(Object.assign(new Event('addtrack'), { track }));
  }
}

export function overconstrained(constraint: string): Error {
  return Object.assign(new Error(`Cannot satisfy ${constraint}`), { name: 'OverconstrainedError', constraint });
}

interface FakeDevice {
  deviceId: string;
  kind: MediaDeviceKind;
  label: string;
  groupId: string;
}

const device = (kind: MediaDeviceKind, deviceId: string, label: string): FakeDevice => ({ kind, deviceId, label, groupId: 'g' });

export class FakeMediaDevices extends EventTarget {
  devices: FakeDevice[] = [
    device('videoinput', 'cam-1', 'Front Camera'),
    device('videoinput', 'cam-2', 'USB Camera'),
    device('audioinput', 'mic-1', 'Built-in Microphone'),
    device('audiooutput', 'out-1', 'Speakers'),
  ];
  /** The tracks handed out, newest last. */
  readonly issued: FakeTrack[] = [];
  readonly calls: MediaStreamConstraints[] = [];
  /** Errors the next getUserMedia calls reject with, in order. */
  readonly failures: Error[] = [];
  /** When set, getUserMedia waits for `release()` before answering. */
  hold = false;
  private waiting: (() => void)[] = [];

  getSupportedConstraints(): MediaTrackSupportedConstraints {
    return { width: true, height: true, deviceId: true, frameRate: true };
  }

  enumerateDevices(): Promise<MediaDeviceInfo[]> {
    return Promise.resolve(this.devices.map((d): MediaDeviceInfo => ({ ...d, toJSON: () => d })));
  }

  async getUserMedia(constraints: MediaStreamConstraints = {}): Promise<MediaStream> {
    this.calls.push(constraints);
    if (this.hold) await new Promise<void>((resolve) => this.waiting.push(resolve));
    await Promise.resolve();
    const failure = this.failures.shift();
    if (failure) throw failure;
    const tracks: FakeTrack[] = [];
    for (const kind of ['video', 'audio'] as const) {
      const request = constraints[kind];
      if (!request) continue;
      const exact = typeof request === 'object' ? (request.deviceId as ConstrainDOMStringParameters | undefined)?.exact : undefined;
      const candidates = this.devices.filter((d) => d.kind === `${kind}input`);
      const chosen = exact ? candidates.find((d) => d.deviceId === exact) : candidates[0];
      if (!chosen) throw exact ? overconstrained('deviceId') : new DOMException('Requested device not found', 'NotFoundError');
      tracks.push(new FakeTrack(kind, chosen.label, chosen.deviceId));
    }
    this.issued.push(...tracks);
    return new FakeStream(tracks) as unknown as MediaStream;
  }

  /** Answers the held getUserMedia calls, oldest first. */
  release(): void {
    this.hold = false;
    this.waiting.splice(0).forEach((resolve) => resolve());
  }

  plug(kind: MediaDeviceKind, deviceId: string, label: string): void {
    this.devices.push(device(kind, deviceId, label));
    this.dispatchEvent(new Event('devicechange'));
  }

  /** The device leaves: its live tracks end by themselves, then `devicechange` fires. */
  unplug(deviceId: string): void {
    this.devices = this.devices.filter((d) => d.deviceId !== deviceId);
    this.issued.filter((t) => t.deviceId === deviceId).forEach((t) => t.end());
    this.dispatchEvent(new Event('devicechange'));
  }

  liveTracks(): FakeTrack[] {
    return this.issued.filter((t) => t.readyState === 'live');
  }
}

export class FakeStorage {
  readonly items = new Map<string, string>();
  failing = false;

  getItem(key: string): string | null {
    if (this.failing) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.failing) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

/** A complete fake env; pass the parts to `createCaptureStore({ env })`. */
export function fakeEnv() {
  const mediaDevices = new FakeMediaDevices();
  const storage = new FakeStorage();
  const env: CaptureEnv = {
    mediaDevices: mediaDevices as unknown as MediaDevices,
    permissions: undefined,
    storage,
    isSecureContext: true,
    createStream: (tracks) => new FakeStream(tracks as unknown as FakeTrack[]) as unknown as MediaStream,
  };
  return { env, mediaDevices, storage };
}
