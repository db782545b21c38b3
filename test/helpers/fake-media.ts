/**
 * A fake `env` for faults a real browser cannot produce on demand: a device unplugged, a
 * camera held by another app, devices appearing. Streams and tracks are the browser's own
 * (from a canvas and Web Audio), so events, readyState and playback are real.
 */
import type { CaptureEnv } from '../../src/core/index.js';

/** Frames and sound for the fake devices: real tracks, so a `<video>` can play them. */
let audioContext: AudioContext | undefined;

/** Each track's source, kept alive with it: a collected canvas or audio node would end the track. */
const sources = new WeakMap<MediaStreamTrack, object>();

function sourceTrack(kind: 'video' | 'audio'): MediaStreamTrack {
  if (kind === 'video') {
    const canvas = Object.assign(document.createElement('canvas'), { width: 640, height: 480 });
    const paint = canvas.getContext('2d')!;
    paint.fillStyle = '#3b82f6';
    paint.fillRect(0, 0, 640, 480);
    const track = canvas.captureStream(30).getVideoTracks()[0];
    sources.set(track, canvas);
    // A camera sends frames all the time; a canvas only when it changes: tick a corner at 30 fps.
    let frame = 0;
    const ticking = setInterval(() => {
      if (track.readyState === 'ended') return clearInterval(ticking);
      paint.fillStyle = frame++ % 2 ? '#3b82f6' : '#2563eb';
      paint.fillRect(0, 0, 8, 8);
    }, 33);
    return track;
  }
  audioContext ??= new AudioContext();
  const destination = audioContext.createMediaStreamDestination();
  const track = destination.stream.getAudioTracks()[0];
  sources.set(track, destination);
  return track;
}

/**
 * A real track (from a canvas or Web Audio) dressed as a device's: its label, deviceId and
 * capabilities, and the two things only hardware does — ending by itself and muting.
 */
export type FakeTrack = MediaStreamTrack & {
  readonly deviceId: string;
  /** The device went away: the track ends by itself and fires `ended`. */
  end(): void;
  /** The device stops (or resumes) sending frames: `mute` / `unmute`. */
  setMuted(muted: boolean): void;
};

export function fakeTrack(
  kind: 'video' | 'audio', label: string, deviceId: string, extra: MediaTrackCapabilities = {}, asked: MediaTrackConstraints = {},
): FakeTrack {
  const track = sourceTrack(kind);
  let muted = false;
  let constraints = asked;
  const settings = track.getSettings.bind(track);
  const apply = track.applyConstraints.bind(track);
  return Object.defineProperties(track, {
    // What was asked, as a device's track says: getUserMedia's constraints, then each applied set.
    getConstraints: { value: () => constraints, configurable: true },
    applyConstraints: {
      value: async (next: MediaTrackConstraints = {}) => {
        await apply(next);
        constraints = next;
      },
      configurable: true, writable: true, // a test may hold or fail an apply
    },
    deviceId: { value: deviceId },
    label: { get: () => label },
    muted: { get: () => muted },
    getSettings: { value: () => ({ ...settings(), deviceId }) },
    getCapabilities: {
      value: () => ({ ...(kind === 'video' ? { deviceId, width: { min: 1, max: 1920 }, height: { min: 1, max: 1080 } } : { deviceId }), ...extra }),
    },
    end: {
      value: () => {
        if (track.readyState === 'ended') return;
        track.stop();
        track.dispatchEvent(new Event('ended'));
      },
    },
    setMuted: {
      value: (value: boolean) => {
        muted = value;
        track.dispatchEvent(new Event(value ? 'mute' : 'unmute'));
      },
    },
  }) as FakeTrack;
}

/** Every track any fake getUserMedia handed out, for the end-of-test check. */
export const fakeTracksIssued: FakeTrack[] = [];

/** The browser adds a track to a stream (script calls to addTrack fire no event; this does). */
export function browserAddsTrack(stream: MediaStream, track: MediaStreamTrack): void {
  stream.addTrack(track);
  stream.dispatchEvent(new MediaStreamTrackEvent('addtrack', { track }));
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
  /** Capabilities the cameras report beside width and height (e.g. both facing modes, as a phone's). */
  videoCapabilities: MediaTrackCapabilities = {};
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
      tracks.push(fakeTrack(kind, chosen.label, chosen.deviceId, kind === 'video' ? this.videoCapabilities : {},
        typeof request === 'object' ? request : {}));
    }
    this.issued.push(...tracks);
    fakeTracksIssued.push(...tracks);
    return new MediaStream(tracks);
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
    createStream: (tracks) => new MediaStream(tracks),
  };
  return { env, mediaDevices, storage };
}

let fakeEventsWork: boolean | undefined;

/**
 * Whether events dispatched on a real track reach its listeners (Chromium: yes; Firefox ESR
 * drops them), so the unplug and mute fakes can be used here.
 */
export function trackEventsCanBeFaked(): boolean {
  if (fakeEventsWork === undefined) {
    const track = fakeTrack('video', 'probe', 'probe');
    fakeEventsWork = false;
    track.addEventListener('mute', () => (fakeEventsWork = true));
    track.setMuted(true);
    track.stop();
  }
  return fakeEventsWork;
}
