import { CaptureError } from '../../core/index.js';
import { openIdbClips } from './clip-storage-idb.js';
import { openOpfsClips } from './clip-storage-opfs.js';

export interface StoredClipMeta {
  mimeType: string;
  /** the element that recorded it, e.g. 'photo-booth' */
  source: string;
  /** epoch ms */
  startedAt: number;
}

export interface StoredClip extends StoredClipMeta {
  id: string;
  chunks: number;
  bytes: number;
}

export interface ClipWriter {
  readonly id: string;
  /** Keeps one chunk (in order). Rejects with a CaptureError (reason `storage-full` when storage is full); the caller goes on in memory and stops calling append. */
  append(chunk: Blob): Promise<void>;
  /** The clip was handed out whole: forget what was kept. Never rejects. */
  discard(): Promise<void>;
}

/** What each backend does; the meta comes back as stored, unchecked (a crash may have cut it). */
export interface ClipBackend {
  /** Stores the meta before any chunk: a clip found without it cannot be played. */
  create(id: string, meta: StoredClipMeta): Promise<void>;
  write(id: string, index: number, chunk: Blob): Promise<void>;
  list(): Promise<{ id: string; meta: unknown; chunks: number; bytes: number }[]>;
  /** The chunks in order; undefined when the clip is gone. */
  read(id: string): Promise<{ meta: unknown; chunks: Blob[] } | undefined>;
  remove(id: string): Promise<void>;
}

export type ClipStorageBackend = 'opfs' | 'indexeddb';

const openers: Record<ClipStorageBackend, () => Promise<ClipBackend>> = { opfs: openOpfsClips, indexeddb: openIdbClips };
let forced: ClipStorageBackend | undefined;
let opened = new Map<ClipStorageBackend, Promise<ClipBackend | undefined>>();

/**
 * Test hook: every later call uses that backend (undefined: the best this browser has), opened
 * afresh as on a new visit.
 */
export function clipStorageBackend(kind?: ClipStorageBackend): void {
  forced = kind;
  opened = new Map();
}

function open(kind: ClipStorageBackend): Promise<ClipBackend | undefined> {
  // Opened once per page (a failure too): a new IndexedDB connection per chunk would be slow.
  let opening = opened.get(kind);
  if (!opening) opened.set(kind, (opening = openers[kind]().catch(() => undefined)));
  return opening;
}

/** OPFS first (a file per chunk), IndexedDB where OPFS cannot be written or opened (private modes). */
async function backend(): Promise<ClipBackend | undefined> {
  for (const kind of forced ? [forced] : (['opfs', 'indexeddb'] as const)) {
    const found = await open(kind);
    if (found) return found;
  }
  return undefined;
}

function checkedMeta(meta: unknown): StoredClipMeta | undefined {
  const { mimeType, source, startedAt } = (meta ?? {}) as Partial<Record<keyof StoredClipMeta, unknown>>;
  if (typeof mimeType !== 'string' || typeof source !== 'string' || typeof startedAt !== 'number') return undefined;
  return { mimeType, source, startedAt };
}

// randomUUID exists only in secure contexts.
const newId = (): string =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

function storageError(cause: unknown): CaptureError {
  if ((cause as { name?: unknown } | null)?.name === 'QuotaExceededError') {
    return new CaptureError('unknown', 'Storage is full: the recording goes on without a copy kept', { cause, params: { reason: 'storage-full' } });
  }
  return new CaptureError('unknown', 'The recording could not be kept: it goes on without a copy', { cause, params: { reason: 'storage-failed' } });
}

/** Appends to clip `id`; one made `failed` (the storage was full from the start) refuses every piece with that error. */
function writer(store: ClipBackend, id: string, failedAtStart?: CaptureError): ClipWriter {
  let next = 0;
  let failed = failedAtStart;
  let discarded = false;
  let queue = Promise.resolve();
  const queued = (work: () => Promise<void>) => {
    const done = queue.then(work);
    queue = done.catch(() => undefined);
    return done;
  };
  return {
    id,
    append(chunk) {
      const index = next++;
      return queued(async () => {
        if (discarded) return;
        // After a failed chunk nothing more is written: a clip with a hole would not play.
        if (failed) throw failed;
        await store.write(id, index, chunk).catch((cause: unknown) => {
          throw (failed = storageError(cause));
        });
      });
    },
    discard() {
      discarded = true; // the chunks still queued are not worth writing
      return queued(() => store.remove(id)).catch(() => undefined);
    },
  };
}

/** Starts keeping a new clip. Resolves undefined when no storage is usable here: recording goes on in memory. Never rejects. */
export async function keepClip(meta: StoredClipMeta): Promise<ClipWriter | undefined> {
  const store = await backend();
  if (!store) return undefined;
  const id = newId();
  const { mimeType, source, startedAt } = meta;
  try {
    await store.create(id, { mimeType, source, startedAt });
    return writer(store, id);
  } catch (cause) {
    await store.remove(id).catch(() => undefined);
    const error = storageError(cause);
    // Full from the start: said at the first piece, like storage that fills up while recording.
    return error.params.reason === 'storage-full' ? writer(store, id, error) : undefined;
  }
}

/** Every clip kept and not discarded (those with at least one chunk), oldest first. Never rejects. */
export async function storedClips(): Promise<StoredClip[]> {
  try {
    const listed = (await (await backend())?.list()) ?? [];
    return listed
      .flatMap(({ id, meta, chunks, bytes }) => {
        const checked = checkedMeta(meta);
        return checked && chunks > 0 ? [{ ...checked, id, chunks, bytes }] : [];
      })
      .sort((a, b) => a.startedAt - b.startedAt);
  } catch {
    return [];
  }
}

/** The kept chunks of clip `id` joined into one Blob typed with its mimeType; undefined when it is gone (or unreadable). Never rejects. */
export async function readStoredClip(id: string): Promise<Blob | undefined> {
  try {
    const found = await (await backend())?.read(id);
    const meta = checkedMeta(found?.meta);
    if (!found || !meta) return undefined;
    // Copied into memory: Blobs backed by stored files stop being readable once the clip is discarded.
    const parts = await Promise.all(found.chunks.map((chunk) => chunk.arrayBuffer()));
    return new Blob(parts, { type: meta.mimeType });
  } catch {
    return undefined;
  }
}

/** Forgets clip `id`. Never rejects. */
export async function discardStoredClip(id: string): Promise<void> {
  await (await backend())?.remove(id).catch(() => undefined);
}
