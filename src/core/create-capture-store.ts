import { checkCaptureRequest, checkConstraints, checkOneOf, constraintsFor, describe, deviceKindOf, mediaKinds } from './constraints.js';
import { deviceKinds, isKnownDevice, missingSelections, sameDevices, sameSelection, withDevice } from './devices.js';
import { resolveEnv } from './env.js';
import { CaptureError, createCaptureError, invalidArgument, toCaptureError } from './errors.js';
import { watchPermission } from './permissions.js';
import { createSnapshotStore } from './snapshot-store.js';
import { loadSelection, saveSelection } from './storage.js';
import { trackInfo, watchStream, watchTrack } from './tracks.js';
import type {
  CaptureNotice, CaptureState, CaptureStatus, CaptureStore,
  CaptureStoreOptions, DeviceKind, MediaKind, MediaRequest, TrackInfo,
} from './types.js';

type StatePatch = Partial<Omit<CaptureState, 'status'>>;
type Selection = CaptureState['selected'];

/** What an acquisition asks for: the request of each kind and the chosen devices. */
interface Wanted {
  request: Record<MediaKind, MediaRequest>;
  selected: Selection;
}

function checkPersist(value: unknown, name: string): asserts value is string | false | undefined {
  if (value !== undefined && value !== false && (typeof value !== 'string' || !value)) {
    throw invalidArgument(`${name} must be a non-empty storage key or false, not ${describe(value)}.`);
  }
}

/** The same object for every trackless state, so `stop()` on a stopped store changes nothing. */
const noTracks: CaptureState['tracks'] = Object.freeze({});

function tracksOf(stream: MediaStream | null): CaptureState['tracks'] {
  const video = stream?.getVideoTracks()[0];
  const audio = stream?.getAudioTracks()[0];
  if (!video && !audio) return noTracks;
  const tracks: { video?: TrackInfo; audio?: TrackInfo } = {};
  if (video) tracks.video = trackInfo(video);
  if (audio) tracks.audio = trackInfo(audio);
  return Object.freeze(tracks);
}

/**
 * Creates the store that owns a page's camera and microphone: one state snapshot, every
 * track it acquired, and the browser events that change them. See the design's contract.
 * Throws `CaptureError` `invalid-argument` for options of the wrong type.
 */
export function createCaptureStore(options: CaptureStoreOptions = {}): CaptureStore {
  checkCaptureRequest(options, 'createCaptureStore() options');
  checkPersist(options.persist, 'createCaptureStore() options.persist');
  const env = resolveEnv(options.env);
  const request: Record<MediaKind, MediaRequest> = { video: options.video ?? true, audio: options.audio ?? false };
  let persistKey = options.persist || undefined;

  /** Tracks this store acquired and still owns, with the function that stops watching each. */
  const owned = new Map<MediaStreamTrack, () => void>();
  /** Kinds with a getUserMedia call in flight that is still the latest for its kind. */
  const acquiring = new Set<MediaKind>();
  /** Per kind, the number of the latest acquisition: an older one that resolves is stale. */
  const generation: Record<MediaKind, number> = { video: 0, audio: 0 };
  /** Per kind, what the latest acquisition in flight asks for: the base of a call made meanwhile. */
  const inFlight: Partial<Record<MediaKind, { request: MediaRequest; deviceId: string | undefined }>> = {};
  let enumeration = 0;
  /** The latest getUserMedia's answer (see watchEnv). */
  let answer: Promise<unknown> = Promise.resolve();
  let unwatchStream: (() => void) | undefined;
  let stopWatchingEnv: (() => void) | undefined;
  let destroyed = false;

  const snapshots = createSnapshotStore<CaptureState>({
    status: 'idle',
    stream: null,
    tracks: noTracks,
    devices: Object.freeze([]),
    selected: Object.freeze(persistKey ? loadSelection(env.storage, persistKey) : {}),
    supported: Object.freeze({ ...env.mediaDevices?.getSupportedConstraints?.() }),
    permission: Object.freeze({ camera: 'unknown', microphone: 'unknown' }),
    error: null,
    notice: null,
  }, (next, previous) => {
    state = next; // before any listener runs: a listener may call back into the store
    if (next.stream !== previous.stream) followStream(next.stream);
    syncEnvWatching();
  });
  /** The newest snapshot. */
  let state = snapshots.get();

  /** The one place where status is derived: from what is in flight, the stream and the error. */
  const statusOf = (next: Omit<CaptureState, 'status'>): CaptureStatus =>
    acquiring.size > 0 ? 'acquiring' : next.stream ? 'live' : next.error ? 'error' : 'idle';

  /** Publishes a new snapshot when anything changed; listeners hear of it in order (snapshot-store.ts). */
  function update(patch: StatePatch = {}): void {
    const merged = { ...state, ...patch };
    snapshots.set({ ...merged, status: statusOf(merged) });
  }

  function followStream(stream: MediaStream | null): void {
    unwatchStream?.();
    unwatchStream = stream ? watchStream(stream, () => update({ tracks: tracksOf(stream) })) : undefined;
  }

  // ---- browser events that matter only while someone looks or a stream is live ----

  function syncEnvWatching(): void {
    const active = !destroyed && (snapshots.size > 0 || state.stream !== null);
    if (active && !stopWatchingEnv) stopWatchingEnv = watchEnv();
    if (!active && stopWatchingEnv) {
      stopWatchingEnv();
      stopWatchingEnv = undefined;
    }
  }

  function watchEnv(): () => void {
    const devices = env.mediaDevices;
    const onDeviceChange = () => void refreshQuietly();
    const onPermission = (name: 'camera' | 'microphone') => (value: CaptureState['permission']['camera'], changed: boolean) => {
      const before = state.permission[name];
      // Asked after an acquisition, Firefox still answers `prompt` for a grant given for this
      // visit only: the acquisition's grant stands until the permission changes.
      if (!changed && before === 'granted' && value !== 'denied') return;
      update({ permission: Object.freeze({ ...state.permission, [name]: value }) });
      if (value === 'granted' && before !== 'granted') void refreshQuietly();
    };
    /** What stops the watching once it began; `undefined` once stopped. */
    let stops: (() => void)[] | undefined = [];
    // Chromium answers permission queries, device lists and the start of `devicechange` watching
    // on the same path as getUserMedia: asked while the first one is in flight, they delay its
    // answer and so the first frame. So they start once the latest getUserMedia has answered,
    // looked up at the next microtask (a start() made right after subscribing counts). An
    // acquisition sets the permission and lists the devices itself.
    const begin = () => {
      if (!stops) return;
      devices?.addEventListener?.('devicechange', onDeviceChange);
      stops.push(
        () => devices?.removeEventListener?.('devicechange', onDeviceChange),
        watchPermission(env.permissions, 'camera', onPermission('camera')),
        watchPermission(env.permissions, 'microphone', onPermission('microphone')),
      );
      if (!state.stream) void refreshQuietly(); // else the acquisition that just ended is listing them
    };
    queueMicrotask(() => void answer.then(begin, begin));
    return () => {
      stops?.forEach((stop) => stop());
      stops = undefined;
    };
  }

  // ---- devices ----

  async function refreshDevices(): Promise<MediaDeviceInfo[]> {
    if (!env.mediaDevices?.enumerateDevices) throw unavailableError(['video']);
    const call = ++enumeration;
    const devices = await env.mediaDevices.enumerateDevices();
    if (call === enumeration && !destroyed) applyDevices(devices);
    return devices;
  }

  function refreshQuietly(): Promise<void> {
    return refreshDevices().then(
      () => undefined,
      (error: unknown) => console.warn('capture-kit: could not list the media devices; keeping the previous list.', error),
    );
  }

  function applyDevices(devices: MediaDeviceInfo[]): void {
    const known = state.devices; // still names the devices that just left
    if (!sameDevices(devices, known)) update({ devices: Object.freeze([...devices]) });
    for (const kind of missingSelections(state.selected, devices)) dropSelection(kind, known);
  }

  /** A chosen device is gone: fall back to the default one and say so. */
  function dropSelection(kind: DeviceKind, known: readonly MediaDeviceInfo[] = state.devices): void {
    const deviceId = state.selected[kind] ?? '';
    const label = known.find((d) => d.deviceId === deviceId)?.label || deviceId;
    const notice: CaptureNotice = Object.freeze({
      code: 'device-gone', kind, deviceId, label,
      message: `The chosen ${kind} "${label}" is no longer available; using the default one.`,
    });
    console.warn(`capture-kit: ${notice.message}`);
    select(withDevice(state.selected, kind, undefined), { notice });
  }

  /** Makes `selected` the chosen devices (and remembers them under `persist`). */
  function select(selected: Selection, patch: StatePatch = {}): void {
    update({ ...patch, selected });
    if (persistKey) saveSelection(env.storage, persistKey, state.selected);
  }

  // ---- tracks ----

  function adopt(track: MediaStreamTrack): void {
    owned.set(track, watchTrack(track, {
      onEnded: (ended) => {
        if (!owned.has(ended)) return;
        releaseAll();
        update({ stream: null, tracks: noTracks, error: createCaptureError('track-ended', {
          kinds: [ended.kind as MediaKind], detail: ended.label,
        }) });
      },
      onChange: () => update({ tracks: tracksOf(state.stream) }),
    }));
  }

  function release(kinds: readonly MediaKind[]): void {
    for (const [track, unwatch] of owned) {
      if (!kinds.includes(track.kind as MediaKind)) continue;
      unwatch();
      track.stop();
      owned.delete(track);
    }
  }

  /** Ends every track and forgets every acquisition in flight. */
  function releaseAll(): void {
    for (const kind of mediaKinds) {
      generation[kind]++;
      delete inFlight[kind];
    }
    acquiring.clear();
    release(mediaKinds);
  }

  /** The stream holding exactly the owned tracks, reusing `candidates` where one fits. */
  function streamOfOwned(...candidates: (MediaStream | null)[]): MediaStream | null {
    const tracks = [...owned.keys()];
    if (tracks.length === 0) return null;
    const fits = (s: MediaStream | null) =>
      s !== null && s.getTracks().length === tracks.length && tracks.every((t) => s.getTracks().includes(t));
    return candidates.find(fits) ?? env.createStream(tracks);
  }

  const trackOf = (kind: MediaKind) => [...owned.keys()].find((t) => t.kind === kind && t.readyState === 'live');

  // ---- acquisition ----

  function unavailableError(kinds: readonly MediaKind[]) {
    return createCaptureError(env.isSecureContext ? 'unsupported' : 'insecure-context', { kinds });
  }

  /** What the store asks for now: its request and choices, with those of the acquisitions in flight. */
  function wanted(): Wanted {
    const next: Wanted = { request: { ...request }, selected: state.selected };
    for (const kind of mediaKinds) {
      const pending = inFlight[kind];
      if (!pending) continue;
      next.request[kind] = pending.request;
      next.selected = withDevice(next.selected, deviceKindOf[kind], pending.deviceId);
    }
    return next;
  }

  /**
   * getUserMedia for `want`; a chosen device that no longer exists falls back to the default
   * once. Resolves with the stream and the choices it was made with.
   */
  async function getUserMedia(kinds: readonly MediaKind[], want: Wanted): Promise<{ stream: MediaStream; selected: Selection }> {
    let selected = want.selected;
    const ask = () => env.mediaDevices!.getUserMedia({
      video: kinds.includes('video') && constraintsFor(want.request.video, selected.videoinput),
      audio: kinds.includes('audio') && constraintsFor(want.request.audio, selected.audioinput),
    });
    for (const kind of missingSelections(state.selected, state.devices)) dropSelection(kind);
    for (const kind of missingSelections(selected, state.devices)) selected = withDevice(selected, kind, undefined);
    try {
      return { stream: await ask(), selected };
    } catch (error) {
      const chosen = kinds.map((k) => deviceKindOf[k]).filter((k) => selected[k]);
      const staleDevice = (error as { name?: string }).name === 'OverconstrainedError'
        && (error as { constraint?: string }).constraint === 'deviceId' && chosen.length > 0;
      if (!staleDevice) throw error;
      for (const kind of chosen) {
        if (state.selected[kind] === selected[kind]) dropSelection(kind);
        selected = withDevice(selected, kind, undefined);
      }
      return { stream: await ask(), selected };
    }
  }

  /**
   * Acquires `kinds` as `want` asks, replacing their current tracks; the latest call per kind
   * wins. Only a call that succeeds makes `want` the store's request and choice for its kinds.
   * Resolves with whether it was still the latest for some kind.
   */
  async function acquire(kinds: readonly MediaKind[], want: Wanted): Promise<boolean> {
    const tickets = kinds.map((kind) => ++generation[kind]);
    const current = () => kinds.filter((kind, i) => generation[kind] === tickets[i]);
    for (const kind of kinds) inFlight[kind] = { request: want.request[kind], deviceId: want.selected[deviceKindOf[kind]] };
    const settle = (settled: readonly MediaKind[]) => settled.forEach((kind) => {
      acquiring.delete(kind);
      delete inFlight[kind];
    });
    release(kinds);
    kinds.forEach((kind) => acquiring.add(kind));
    const remaining = streamOfOwned(state.stream);
    update({ stream: remaining, tracks: tracksOf(remaining), error: null, notice: null });
    let stream: MediaStream;
    let selected: Selection;
    try {
      ({ stream, selected } = await (answer = getUserMedia(kinds, want)));
      // A device unplugged while the answer was on its way: its track is ended before it is ours.
      const ended = stream.getTracks().find((track) => track.readyState === 'ended');
      if (ended) {
        stream.getTracks().forEach((track) => track.stop());
        throw createCaptureError('track-ended', { kinds: [ended.kind as MediaKind], detail: ended.label });
      }
    } catch (cause) {
      const stillCurrent = current();
      if (stillCurrent.length === 0) return false;
      settle(stillCurrent);
      const error = toCaptureError(cause, kinds);
      update({ error });
      throw error;
    }
    const stillCurrent = current();
    for (const track of stream.getTracks()) {
      if (stillCurrent.includes(track.kind as MediaKind)) adopt(track);
      else track.stop();
    }
    if (stillCurrent.length === 0) return false;
    let chosen = state.selected;
    for (const kind of stillCurrent) {
      request[kind] = inFlight[kind]!.request; // what was asked, or what configure() asked meanwhile
      chosen = withDevice(chosen, deviceKindOf[kind], selected[deviceKindOf[kind]]);
    }
    settle(stillCurrent);
    const next = streamOfOwned(stream, state.stream);
    const permission = { ...state.permission };
    if (stillCurrent.includes('video')) permission.camera = 'granted';
    if (stillCurrent.includes('audio')) permission.microphone = 'granted';
    const patch = { stream: next, tracks: tracksOf(next), error: null, permission: Object.freeze(permission) };
    if (sameSelection(chosen, state.selected)) update(patch);
    else select(chosen, patch);
    void refreshQuietly(); // labels and real deviceIds appear once permission is granted
    return true;
  }

  const destroyedError = () => new CaptureError('aborted', 'This capture store has been destroyed; create a new one.');
  const failed = (error: unknown) => Promise.reject(toCaptureError(error));

  // ---- the public API ----

  return {
    getState: () => state,

    subscribe(listener) {
      if (typeof listener !== 'function') throw invalidArgument(`subscribe() needs a function, not ${describe(listener)}.`);
      const unsubscribe = snapshots.subscribe(listener);
      syncEnvWatching();
      return () => {
        unsubscribe();
        syncEnvWatching();
      };
    },

    async start(startRequest) {
      if (destroyed) throw destroyedError();
      checkCaptureRequest(startRequest, 'start() constraints');
      const want = wanted();
      for (const kind of mediaKinds) if (startRequest?.[kind] !== undefined) want.request[kind] = startRequest[kind];
      const kinds = mediaKinds.filter((kind) => want.request[kind] !== false);
      if (kinds.length === 0) throw invalidArgument('start() needs video or audio; both are false.');
      releaseAll();
      if (!env.mediaDevices?.getUserMedia) {
        const error = unavailableError(kinds);
        update({ stream: null, tracks: noTracks, error });
        throw error;
      }
      // A kind asked off is part of the request once the start succeeds.
      if (await acquire(kinds, want)) for (const kind of mediaKinds) if (!kinds.includes(kind)) request[kind] = false;
      return state;
    },

    stop() {
      releaseAll();
      update({ stream: null, tracks: noTracks, error: null, notice: null });
    },

    async selectDevice(kind, deviceId) {
      if (destroyed) throw destroyedError();
      checkOneOf(kind, deviceKinds, 'selectDevice() kind');
      if (typeof deviceId !== 'string') throw invalidArgument(`selectDevice() deviceId must be a string, not ${describe(deviceId)}.`);
      if (deviceId && !isKnownDevice(state.devices, kind, deviceId)) {
        throw invalidArgument(`there is no ${kind} with deviceId ${describe(deviceId)}; it may have been unplugged.`, {
          kinds: [kind === 'videoinput' ? 'video' : 'audio'], reason: 'unknown-device',
        });
      }
      const want = wanted();
      if ((want.selected[kind] ?? '') === deviceId) return;
      const media = mediaKinds.find((m) => deviceKindOf[m] === kind);
      // Not in use: the choice is for the next start. In use: it is the store's once the new device runs.
      if (!media || !(trackOf(media) || acquiring.has(media))) return select(withDevice(state.selected, kind, deviceId), { notice: null });
      await acquire([media], { ...want, selected: withDevice(want.selected, kind, deviceId) });
    },

    async applyConstraints(kind, constraints) {
      if (destroyed) throw destroyedError();
      checkOneOf(kind, mediaKinds, 'applyConstraints() kind');
      checkConstraints(constraints, 'applyConstraints() constraints');
      const track = trackOf(kind);
      if (!track) {
        throw createCaptureError('not-live', { kinds: [kind], detail: 'there is no live track to apply constraints to; start capture first' });
      }
      try {
        await track.applyConstraints(constraints);
      } catch (cause) {
        const error = toCaptureError(cause, [kind]);
        if (owned.has(track)) update({ tracks: tracksOf(state.stream), error });
        throw error;
      }
      if (owned.has(track)) {
        update({ tracks: tracksOf(state.stream), error: state.error?.code === 'overconstrained' ? null : state.error });
      }
      return track.getSettings();
    },

    async reacquire(kind, constraints) {
      if (destroyed) throw destroyedError();
      checkOneOf(kind, mediaKinds, 'reacquire() kind');
      checkConstraints(constraints, 'reacquire() constraints');
      if (!trackOf(kind) && !acquiring.has(kind)) {
        throw createCaptureError('not-live', { kinds: [kind], detail: 'there is no live track to replace; start capture first' });
      }
      const want = wanted();
      want.request[kind] = constraints;
      await acquire([kind], want);
      return trackOf(kind)?.getSettings() ?? {};
    },

    refreshDevices: () => (destroyed ? Promise.reject(destroyedError()) : refreshDevices().catch(failed)),

    configure(next) {
      checkCaptureRequest(next, 'configure() options');
      checkPersist(next.persist, 'configure() options.persist');
      for (const kind of mediaKinds) {
        if (next[kind] === undefined) continue;
        request[kind] = next[kind];
        if (inFlight[kind]) inFlight[kind].request = next[kind]; // so that its success does not undo this
      }
      if (next.persist !== undefined && (next.persist || undefined) !== persistKey) {
        persistKey = next.persist || undefined;
        // What the key remembers wins; the choices made before it was given are kept under it too.
        if (persistKey) select(Object.freeze({ ...state.selected, ...loadSelection(env.storage, persistKey) }));
      }
    },

    destroy() {
      if (destroyed) return;
      destroyed = true; // first: a listener that calls start() on the last snapshot is refused
      releaseAll();
      update({ stream: null, tracks: noTracks, error: null, notice: null });
      snapshots.clear();
      syncEnvWatching();
      unwatchStream?.();
    },
  };
}
