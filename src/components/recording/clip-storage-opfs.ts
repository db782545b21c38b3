import type { ClipBackend } from './clip-storage.js';

/** The clips in the origin private file system: `capture-kit-recordings/<id>/{meta.json,0,1,…}`. */
const folderName = 'capture-kit-recordings';

/**
 * Writes `data` as the whole of file `name`. A writable only lands on disk when it closes: each
 * chunk is its own file, so a crash loses at most the chunk being written.
 */
async function writeFile(dir: FileSystemDirectoryHandle, name: string, data: Blob | string): Promise<void> {
  const file = await dir.getFileHandle(name, { create: true });
  try {
    const writable = await file.createWritable();
    try {
      await writable.write(data);
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => undefined);
      throw error;
    }
  } catch (error) {
    await dir.removeEntry(name).catch(() => undefined); // left empty, it would count as a chunk
    throw error;
  }
}

/** The meta (undefined when missing or cut short) and the chunk files in order. */
async function contents(dir: FileSystemDirectoryHandle): Promise<{ meta: unknown; chunks: File[] }> {
  let meta: unknown;
  const chunks: [number, File][] = [];
  for await (const [name, handle] of dir.entries()) {
    if (handle.kind !== 'file') continue;
    if (name === 'meta.json') meta = await handle.getFile().then((file) => file.text()).then((text) => JSON.parse(text) as unknown, () => undefined);
    // Other names (Chromium's `.crswap` files of an unfinished write) are not chunks. Nor is an
    // empty file: no piece is empty, so it is a refused write whose file could not be removed.
    else if (/^\d+$/.test(name)) {
      const file = await handle.getFile();
      if (file.size > 0) chunks.push([Number(name), file]);
    }
  }
  return { meta, chunks: chunks.sort(([a], [b]) => a - b).map(([, file]) => file) };
}

/** Rejects where the main thread cannot write files (WebKit without createWritable) or OPFS is off (private modes). */
export async function openOpfsClips(): Promise<ClipBackend> {
  if (typeof FileSystemFileHandle === 'undefined' || !('createWritable' in FileSystemFileHandle.prototype)) {
    throw new Error('OPFS files cannot be written from the main thread here');
  }
  const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(folderName, { create: true });
  const clipDir = (id: string) => root.getDirectoryHandle(id);
  return {
    async create(id, meta) {
      await writeFile(await root.getDirectoryHandle(id, { create: true }), 'meta.json', JSON.stringify(meta));
    },
    async write(id, index, chunk) {
      await writeFile(await clipDir(id), String(index), chunk);
    },
    async list() {
      const clips = [];
      for await (const [id, handle] of root.entries()) {
        if (handle.kind !== 'directory') continue;
        const found = await contents(handle).catch(() => undefined); // discarded meanwhile
        if (!found) continue;
        clips.push({ id, meta: found.meta, chunks: found.chunks.length, bytes: found.chunks.reduce((sum, file) => sum + file.size, 0) });
      }
      return clips;
    },
    async read(id) {
      const dir = await clipDir(id).catch(() => undefined);
      return dir && contents(dir);
    },
    async remove(id) {
      await root.removeEntry(id, { recursive: true });
    },
  };
}
