import type { CaptureError } from './errors.js';
import type { SnapshotListener } from './snapshot-store.js';

export type DisplayStatus = 'idle' | 'acquiring' | 'live' | 'error';
/**
 * The part of `CaptureController` (Chromium) the kit uses; not in TypeScript's DOM types yet.
 * Kept local so the package's types need no global declaration.
 */
export interface DisplayCaptureController {
  setFocusBehavior?(behavior: 'focus-captured-surface' | 'no-focus-change'): void;
}

/** What the person shares: a whole screen, an application window or a browser tab. */
export type DisplaySurfaceKind = 'monitor' | 'window' | 'browser';

/**
 * What `getDisplayMedia()` is asked for. Each option is passed to the browsers that know it and
 * ignored by the others; a name not listed here is warned about and left out.
 */
export interface DisplayOptions {
  /** Video constraints (`frameRate`, `width`…); `true` (default) for the browser's. */
  video?: true | MediaTrackConstraints;
  /** The shared tab's (or system's) sound. Default `false`. */
  audio?: boolean | MediaTrackConstraints;
  /** The kind of surface the picker offers first. */
  displaySurface?: DisplaySurfaceKind;
  /** Offer the whole system's sound when a screen is shared (Chromium on Windows and ChromeOS). */
  systemAudio?: 'include' | 'exclude';
  /** Offer a window's (or the system's) sound when a window is shared. */
  windowAudio?: 'exclude' | 'window' | 'system';
  /** Let the person switch to another tab while sharing ("Share this tab instead"). */
  surfaceSwitching?: 'include' | 'exclude';
  /** Offer the page's own tab in the picker. */
  selfBrowserSurface?: 'include' | 'exclude';
  /** Offer the page's own tab first. */
  preferCurrentTab?: boolean;
  /** Offer whole screens in the picker. */
  monitorTypeSurfaces?: 'include' | 'exclude';
  /** Once a tab or window is picked: bring it to the front, or keep the focus on this page. */
  focus?: 'focus-captured-surface' | 'no-focus-change';
}

/** What is being shared, as the browser reports it. */
export interface SharedSurface {
  /** `unknown` where the browser does not say (`displaySurface` setting missing). */
  readonly kind: DisplaySurfaceKind | 'unknown';
  /** The track's label: the screen's, window's or tab's name where the browser gives it. */
  readonly label: string;
  readonly width?: number;
  readonly height?: number;
}

/** Something the person should hear about that is not a failure. */
export interface DisplayNotice {
  /** `sharing-stopped`: ended from the browser's own "Stop sharing" control (or the surface closed). */
  readonly code: 'sharing-stopped';
  readonly message: string;
}

export interface DisplayState {
  readonly status: DisplayStatus;
  readonly stream: MediaStream | null;
  readonly surface: SharedSurface | null;
  /** Whether the share carries sound (a tab's, a window's or the system's). */
  readonly audio: boolean;
  /** The CaptureController of the share, where the browser has one (focus, zoom). */
  readonly controller: DisplayCaptureController | null;
  readonly error: CaptureError | null;
  readonly notice: DisplayNotice | null;
}

/** The browser objects the display store uses; injected by tests for faults on demand. */
export interface DisplayEnv {
  mediaDevices: Pick<MediaDevices, 'getDisplayMedia'> | undefined;
  isSecureContext: boolean;
  /** Whether the page's permissions policy allows `feature`; undefined where the browser cannot say. */
  allowsFeature: (feature: string) => boolean | undefined;
  /** A new CaptureController, where the browser has them. */
  createController: () => DisplayCaptureController | undefined;
}

export interface DisplayStoreOptions extends DisplayOptions {
  env?: Partial<DisplayEnv>;
}

export interface DisplayStore {
  getState(): DisplayState;
  subscribe(listener: SnapshotListener<DisplayState>): () => void;
  /**
   * Opens the browser's picker (call it from a click: browsers refuse it otherwise) and shares
   * what the person picks. `options` are merged over the store's. The latest call wins.
   * Rejects with a CaptureError: `cancelled` when the person closed the picker (the state goes
   * back to idle, with no error), else the failure, which the state holds.
   */
  start(options?: DisplayOptions): Promise<DisplayState>;
  stop(): void;
  destroy(): void;
}
