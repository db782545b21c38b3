import { checkedDisplayOptions, displayMediaRequest } from './display-options.js';
import { displayError, toDisplayError } from './display-errors.js';
import type {
  DisplayCaptureController, DisplayEnv, DisplayOptions, DisplayState, DisplayStore, DisplayStoreOptions, SharedSurface,
} from './display-types.js';
import { createSnapshotStore } from './snapshot-store.js';

const idle: DisplayState = Object.freeze({
  status: 'idle', stream: null, surface: null, audio: false, controller: null, error: null, notice: null,
});

/** Whether the page's permissions policy allows `feature` (Chromium says; others leave it undefined). */
function pageAllows(feature: string): boolean | undefined {
  const doc = globalThis.document as (Document & {
    permissionsPolicy?: { allowsFeature(feature: string): boolean };
    featurePolicy?: { allowsFeature(feature: string): boolean };
  }) | undefined;
  return (doc?.permissionsPolicy ?? doc?.featurePolicy)?.allowsFeature(feature);
}

function resolveDisplayEnv(overrides: Partial<DisplayEnv> = {}): DisplayEnv {
  const Controller = (globalThis as { CaptureController?: new () => DisplayCaptureController }).CaptureController;
  return {
    mediaDevices: globalThis.navigator?.mediaDevices,
    isSecureContext: globalThis.isSecureContext ?? true,
    allowsFeature: pageAllows,
    createController: () => (Controller ? new Controller() : undefined),
    ...overrides,
  };
}

/** What the video track says it shows. */
function surfaceOf(track: MediaStreamTrack): SharedSurface {
  const { displaySurface, width, height } = track.getSettings() as MediaTrackSettings & { displaySurface?: string };
  const kind = displaySurface === 'monitor' || displaySurface === 'window' || displaySurface === 'browser' ? displaySurface : 'unknown';
  return Object.freeze({ kind, label: track.label, width, height });
}

/**
 * Screen sharing as a store of frozen snapshots, like the capture store: `start()` opens the
 * browser's picker, the latest call wins, and sharing ended from the browser's own "Stop
 * sharing" control goes back to idle with a notice.
 */
export function createDisplayStore(options: DisplayStoreOptions = {}): DisplayStore {
  const { env: envOverrides, ...storeOptions } = options;
  const env = resolveDisplayEnv(envOverrides);
  const snapshots = createSnapshotStore<DisplayState>(idle);
  const defaults = checkedDisplayOptions(storeOptions);
  let generation = 0;
  let destroyed = false;
  let unwatch = () => {};

  const update = (patch: Partial<DisplayState>) => snapshots.set(Object.freeze({ ...snapshots.get(), ...patch }));

  /** Ends the tracks shared now; `notice` says why, when the person should hear it. */
  function release(patch: Partial<DisplayState> = {}): void {
    unwatch();
    unwatch = () => {};
    snapshots.get().stream?.getTracks().forEach((track) => track.stop());
    update({ ...idle, ...patch });
  }

  function watch(stream: MediaStream): void {
    const [video] = stream.getVideoTracks();
    // Stopped from the browser's own bar, or the shared window or tab closed.
    const onEnded = () => release({
      notice: Object.freeze({ code: 'sharing-stopped', message: 'Screen sharing was stopped from the browser.' }),
    });
    // The person switched to another tab or window ("Share this tab instead").
    const onChange = () => update({ surface: surfaceOf(video) });
    video?.addEventListener('ended', onEnded);
    video?.addEventListener('configurationchange', onChange);
    unwatch = () => {
      video?.removeEventListener('ended', onEnded);
      video?.removeEventListener('configurationchange', onChange);
    };
  }

  function precheck(): ReturnType<typeof displayError> | undefined {
    if (!env.isSecureContext) return displayError('insecure-context');
    if (typeof env.mediaDevices?.getDisplayMedia !== 'function') return displayError('unsupported', 'getDisplayMedia is missing');
    if (env.allowsFeature('display-capture') === false) return displayError('blocked-by-policy', 'display-capture is not allowed here');
    return undefined;
  }

  async function start(startOptions: DisplayOptions = {}): Promise<DisplayState> {
    if (destroyed) throw displayError('aborted', 'This display store has been destroyed; create a new one.');
    const ticket = ++generation;
    release();
    const refused = precheck();
    if (refused) {
      update({ status: 'error', error: refused });
      throw refused;
    }
    const wanted = { ...defaults, ...checkedDisplayOptions(startOptions as Record<string, unknown>) };
    const controller = env.createController();
    update({ status: 'acquiring' });
    let stream: MediaStream;
    try {
      stream = await env.mediaDevices!.getDisplayMedia(displayMediaRequest(wanted, controller));
    } catch (cause) {
      const error = toDisplayError(cause);
      if (ticket === generation) update(error.code === 'cancelled' ? idle : { ...idle, status: 'error', error });
      throw error;
    }
    if (ticket !== generation || destroyed) {
      stream.getTracks().forEach((track) => track.stop()); // a later call or stop() won
      throw displayError('aborted', 'A later start() or stop() replaced this one');
    }
    // Only until the promise's task ends may the focus be chosen.
    if (wanted.focus) {
      try {
        controller?.setFocusBehavior?.(wanted.focus);
      } catch (error) {
        console.warn('capture-kit: the focus behaviour could not be set; the browser chose.', error);
      }
    }
    const [video] = stream.getVideoTracks();
    watch(stream);
    update({
      status: 'live', stream, surface: video ? surfaceOf(video) : null, audio: stream.getAudioTracks().length > 0,
      controller: controller ?? null, error: null, notice: null,
    });
    if (video?.readyState === 'ended') release(); // ended while the answer was on its way
    return snapshots.get();
  }

  return {
    getState: () => snapshots.get(),
    subscribe(listener) {
      if (typeof listener !== 'function') throw displayError('invalid-argument', 'subscribe() needs a function');
      return snapshots.subscribe(listener);
    },
    start,
    stop() {
      generation++;
      release();
    },
    destroy() {
      if (destroyed) return;
      generation++;
      release();
      destroyed = true;
      snapshots.clear();
    },
  };
}
