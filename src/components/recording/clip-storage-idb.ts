import type { ClipBackend } from './clip-storage.js';

/** Stores `meta` ({ id, mimeType, source, startedAt } by id) and `chunks` (each a Blob or its bytes, by [id, index]). */
const databaseName = 'capture-kit-recordings';

const settled = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new DOMException('The request failed', 'UnknownError'));
  });

/** Rejects with the transaction's error: a full storage aborts it with a QuotaExceededError. */
const committed = (transaction: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new DOMException('The transaction was aborted', 'AbortError'));
  });

/** A chunk as kept: a Blob, or its bytes where Blobs are refused. */
type Chunk = Blob | ArrayBuffer;
const byteSize = (chunk: Chunk) => (chunk instanceof Blob ? chunk.size : chunk.byteLength);

const chunksOf = (id: string) => IDBKeyRange.bound([id, 0], [id, Infinity]);

function openDatabase(): Promise<IDBDatabase> {
  const request = indexedDB.open(databaseName, 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore('meta', { keyPath: 'id' });
    request.result.createObjectStore('chunks');
  };
  return settled(request);
}

/** Rejects where IndexedDB is missing or cannot open (some private modes). */
export async function openIdbClips(): Promise<ClipBackend> {
  let connection: Promise<IDBDatabase> | undefined;
  const database = () =>
    (connection ??= openDatabase().then(
      (db) => {
        // Closed by a newer version in another tab, or by the browser (site data cleared): reopen on the next call.
        db.onversionchange = () => {
          db.close();
          connection = undefined;
        };
        db.onclose = () => (connection = undefined);
        return db;
      },
      (error: unknown) => {
        connection = undefined;
        throw error;
      },
    ));
  await database();

  // Each write is its own transaction: what committed survives a crashed or closed tab.
  const write = async (stores: string[], work: (transaction: IDBTransaction) => void) => {
    const transaction = (await database()).transaction(stores, 'readwrite');
    work(transaction);
    await committed(transaction);
  };
  const reading = async (stores: string[]) => (await database()).transaction(stores, 'readonly');
  // WebKit keeps no Blob in an ephemeral session (private browsing, automation): UnknownError
  // "Error preparing Blob/File data…" (webkit.org/b/156347). The bytes themselves it keeps.
  let blobsRefused = false;

  return {
    create: (id, meta) => write(['meta'], (t) => t.objectStore('meta').put({ ...meta, id })),
    async write(id, index, chunk) {
      const put = (value: Chunk) => write(['chunks'], (t) => t.objectStore('chunks').put(value, [id, index]));
      if (!blobsRefused) {
        try {
          return await put(chunk);
        } catch (error) {
          if ((error as DOMException | null)?.name !== 'UnknownError') throw error;
          blobsRefused = true;
        }
      }
      await put(await chunk.arrayBuffer());
    },
    async list() {
      const t = await reading(['meta', 'chunks']);
      const chunks = t.objectStore('chunks');
      const [metas, keys, blobs] = await Promise.all([
        settled(t.objectStore('meta').getAll()),
        settled(chunks.getAllKeys()),
        settled(chunks.getAll()) as Promise<Chunk[]>,
      ]);
      const sizes = new Map<string, { chunks: number; bytes: number }>();
      keys.forEach((key, i) => {
        const id = (key as [string, number])[0];
        const size = sizes.get(id) ?? { chunks: 0, bytes: 0 };
        sizes.set(id, { chunks: size.chunks + 1, bytes: size.bytes + byteSize(blobs[i]) });
      });
      return (metas as { id: string }[]).map((meta) => ({ id: meta.id, meta, ...(sizes.get(meta.id) ?? { chunks: 0, bytes: 0 }) }));
    },
    async read(id) {
      const t = await reading(['meta', 'chunks']);
      const [meta, chunks] = await Promise.all([
        settled(t.objectStore('meta').get(id)) as Promise<unknown>,
        settled(t.objectStore('chunks').getAll(chunksOf(id))) as Promise<Chunk[]>,
      ]);
      return meta === undefined ? undefined : { meta, chunks: chunks.map((chunk) => (chunk instanceof Blob ? chunk : new Blob([chunk]))) };
    },
    remove: (id) =>
      write(['meta', 'chunks'], (t) => {
        t.objectStore('meta').delete(id);
        t.objectStore('chunks').delete(chunksOf(id));
      }),
  };
}
