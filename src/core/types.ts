import type { CaptureError } from './errors.js';
import type { CaptureEnv } from './env.js';
import type { MediaKind } from './media-kind.js';

export type { MediaKind };
export type CaptureStatus = 'idle' | 'acquiring' | 'live' | 'error';
export type DeviceKind = 'videoinput' | 'audioinput' | 'audiooutput';
export type PermissionValue = 'granted' | 'denied' | 'prompt' | 'unknown';

/** What a page asks for one kind of media: off, on with defaults, or on with constraints. */
export type MediaRequest = boolean | MediaTrackConstraints;

/** Constraints for `start()` and `configure()`; a kind left out keeps its current request. */
export interface CaptureRequest {
  video?: MediaRequest;
  audio?: MediaRequest;
}

/** A snapshot of one live or ended track. */
export interface TrackInfo {
  readonly id: string;
  readonly kind: MediaKind;
  readonly label: string;
  readonly readyState: MediaStreamTrackState;
  readonly muted: boolean;
  readonly enabled: boolean;
  readonly settings: Readonly<MediaTrackSettings>;
  readonly capabilities: Readonly<MediaTrackCapabilities>;
  /** The constraints in force (`getConstraints()`): what was asked, beside what `settings` delivers. */
  readonly constraints: Readonly<MediaTrackConstraints>;
}

/**
 * Something the person should know that is not a failure, e.g. a device choice fell back. An
 * element words it from `code` and `label`; `message` is for developers, in English.
 */
export interface CaptureNotice {
  readonly code: 'device-gone';
  readonly kind: DeviceKind;
  readonly deviceId: string;
  /** The device's label when it was last listed, else its deviceId. */
  readonly label: string;
  readonly message: string;
}

export interface CaptureState {
  readonly status: CaptureStatus;
  readonly stream: MediaStream | null;
  readonly tracks: Readonly<{ video?: TrackInfo; audio?: TrackInfo }>;
  readonly devices: readonly MediaDeviceInfo[];
  readonly selected: Readonly<{ videoinput?: string; audioinput?: string; audiooutput?: string }>;
  readonly supported: Readonly<MediaTrackSupportedConstraints>;
  readonly permission: Readonly<{ camera: PermissionValue; microphone: PermissionValue }>;
  readonly error: CaptureError | null;
  readonly notice: CaptureNotice | null;
}

export type CaptureListener = (state: CaptureState, previous: CaptureState) => void;

export interface CaptureStoreOptions extends CaptureRequest {
  /** localStorage key under which chosen devices are remembered; `false` (default) keeps none. */
  persist?: string | false;
  /** Browser objects to use instead of the page's own (tests, other realms). */
  env?: Partial<CaptureEnv>;
}

export interface CaptureStore {
  getState(): CaptureState;
  subscribe(listener: CaptureListener): () => void;
  start(request?: CaptureRequest): Promise<CaptureState>;
  stop(): void;
  selectDevice(kind: DeviceKind, deviceId: string): Promise<void>;
  applyConstraints(kind: MediaKind, constraints: MediaTrackConstraints): Promise<MediaTrackSettings>;
  reacquire(kind: MediaKind, constraints: MediaTrackConstraints): Promise<MediaTrackSettings>;
  refreshDevices(): Promise<MediaDeviceInfo[]>;
  configure(options: CaptureRequest & { persist?: string | false }): void;
  destroy(): void;
}
