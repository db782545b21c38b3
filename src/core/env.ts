/** The browser objects the store uses; injected so tests can produce faults on demand. */
export interface CaptureEnv {
  mediaDevices: MediaDevices | undefined;
  permissions: Pick<Permissions, 'query'> | undefined;
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  isSecureContext: boolean;
  /** Builds a stream from tracks (a device switch replaces one kind of track). */
  createStream: (tracks: MediaStreamTrack[]) => MediaStream;
}

/** Reading `localStorage` throws in sandboxed frames and with storage disabled. */
function pageStorage(): CaptureEnv['storage'] {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The page's own objects; safe to call where there is no browser (server rendering). */
export function resolveEnv(overrides: Partial<CaptureEnv> = {}): CaptureEnv {
  const nav = globalThis.navigator as Navigator | undefined;
  return {
    mediaDevices: nav?.mediaDevices,
    permissions: nav?.permissions,
    storage: pageStorage(),
    isSecureContext: globalThis.isSecureContext ?? true,
    createStream: (tracks) => new MediaStream(tracks),
    ...overrides,
  };
}
