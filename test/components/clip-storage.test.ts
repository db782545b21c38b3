import { expect } from '@open-wc/testing';
import {
  clipStorageBackend, discardStoredClip, keepClip, readStoredClip, storedClips,
  type ClipStorageBackend, type ClipWriter, type StoredClipMeta,
} from '../../src/components/recording/clip-storage.js';
import { CaptureError } from '../../src/core/index.js';
import { replace, restoreReplaced } from '../helpers/replace.js';
import { skipWithout } from '../helpers/skip.js';
import { rejectionOf } from '../helpers/tracks.js';

const opfsWrites = typeof FileSystemFileHandle !== 'undefined' && 'createWritable' in FileSystemFileHandle.prototype;
const noOpfsWrites = 'no OPFS writes from the main thread (FileSystemFileHandle.createWritable)';

const full = () => new DOMException('The quota has been exceeded (fake)', 'QuotaExceededError');

/** Each backend, and how a full storage shows in it (the write the browser refuses). */
const backends: { kind: ClipStorageBackend; missing?: string; fillStorage: () => void }[] = [
  {
    kind: 'opfs',
    missing: opfsWrites ? undefined : noOpfsWrites,
    fillStorage: () => replace(FileSystemWritableFileStream.prototype, 'write',
      () => Promise.reject(full())),
  },
  {
    kind: 'indexeddb',
    fillStorage: () => replace(IDBObjectStore.prototype, 'put', () => {
      throw full();
    }),
  },
];

const kept: ClipWriter[] = [];

/** keepClip, failing the test when nothing is kept; every clip is forgotten after the test. */
async function keep(meta: Partial<StoredClipMeta> = {}): Promise<ClipWriter> {
  const writer = await keepClip({ mimeType: 'video/webm;codecs=vp8', source: 'photo-booth', startedAt: Date.now(), ...meta });
  expect(writer, 'a writer').to.exist;
  kept.push(writer!);
  return writer!;
}

async function forgetEverything(): Promise<void> {
  restoreReplaced();
  await Promise.all(kept.splice(0).map((writer) => writer.discard()));
  for (const clip of await storedClips()) await discardStoredClip(clip.id);
}

const chunk = (text: string) => new Blob([text], { type: 'video/webm' });

for (const { kind, missing, fillStorage } of backends) {
  describe(`clip storage in ${kind}`, () => {
    before(function () {
      if (missing) skipWithout(this, missing);
      clipStorageBackend(kind);
    });
    afterEach(forgetEverything);
    after(() => clipStorageBackend());

    it('gives back the chunks joined in order, typed with the mimeType, also when appends do not wait', async () => {
      const writer = await keep({ mimeType: 'video/mp4;codecs=avc1' });
      const big = 'a'.repeat(2_000_000); // written slower than the chunks queued after it
      await Promise.all([writer.append(chunk(big)), writer.append(chunk('second')), writer.append(chunk('third'))]);
      const blob = await readStoredClip(writer.id);
      expect(blob?.type).to.equal('video/mp4;codecs=avc1');
      expect(await blob?.text()).to.equal(`${big}secondthird`);
    });

    it('lists the clips not discarded, oldest first, on a new visit', async () => {
      const later = await keep({ source: 'screen-capture', startedAt: 2_000 });
      const earlier = await keep({ source: 'photo-booth', startedAt: 1_000, mimeType: 'video/webm' });
      await later.append(chunk('12345'));
      await earlier.append(chunk('123'));
      await earlier.append(chunk('4567'));
      await keep(); // nothing recorded yet: nothing to recover

      clipStorageBackend(kind); // the writers are dropped, the storage opened afresh
      expect(await storedClips()).to.deep.equal([
        { id: earlier.id, mimeType: 'video/webm', source: 'photo-booth', startedAt: 1_000, chunks: 2, bytes: 7 },
        { id: later.id, mimeType: 'video/webm;codecs=vp8', source: 'screen-capture', startedAt: 2_000, chunks: 1, bytes: 5 },
      ]);
      expect(await (await readStoredClip(earlier.id))?.text()).to.equal('1234567');
    });

    it('forgets a clip once its writer discards it, or by its id', async () => {
      const handedOut = await keep();
      const recovered = await keep();
      const other = await keep();
      await Promise.all([handedOut.append(chunk('a')), recovered.append(chunk('b')), other.append(chunk('c'))]);
      await handedOut.discard();
      await discardStoredClip(recovered.id);
      expect((await storedClips()).map((clip) => clip.id)).to.deep.equal([other.id]);
      expect(await readStoredClip(handedOut.id)).to.be.undefined;
      expect(await readStoredClip(recovered.id)).to.be.undefined;
      await discardStoredClip(recovered.id); // forgetting twice is harmless
    });

    it('has nothing for an unknown id', async () => {
      expect(await readStoredClip('no-such-clip')).to.be.undefined;
      await discardStoredClip('no-such-clip');
    });

    it('gives a clip that stays playable after it is forgotten', async () => {
      const writer = await keep();
      await writer.append(chunk('still here'));
      const blob = await readStoredClip(writer.id);
      await discardStoredClip(writer.id);
      expect(await blob?.text()).to.equal('still here');
    });

    it('says when the storage is full, and keeps what was written before', async () => {
      const writer = await keep();
      await writer.append(chunk('kept'));
      fillStorage();
      const error = await rejectionOf(writer.append(chunk('lost')));
      expect(error).to.be.instanceOf(CaptureError);
      expect(error.code).to.equal('unknown');
      expect(error.params.reason).to.equal('storage-full');
      expect(error.message).to.equal('Storage is full: the recording goes on without a copy kept');
      expect((error.cause as DOMException).name).to.equal('QuotaExceededError');

      restoreReplaced(); // room again: a later chunk is still not written, the clip would have a hole
      expect((await rejectionOf(writer.append(chunk('after')))).params.reason).to.equal('storage-full');
      expect((await storedClips()).map(({ id, chunks, bytes }) => ({ id, chunks, bytes }))).to.deep.equal([{ id: writer.id, chunks: 1, bytes: 4 }]);
      expect(await (await readStoredClip(writer.id))?.text()).to.equal('kept');
    });
  });
}

describe('clip storage, which backend', () => {
  afterEach(async () => {
    await forgetEverything();
    clipStorageBackend();
  });

  it('keeps clips in OPFS where the page can write its files, in IndexedDB elsewhere', async () => {
    const writer = await keep();
    await writer.append(chunk('x'));
    const expected = opfsWrites ? 'opfs' : 'indexeddb';
    clipStorageBackend(expected);
    expect((await storedClips()).map((clip) => clip.id)).to.deep.equal([writer.id]);
    clipStorageBackend(expected === 'opfs' ? 'indexeddb' : 'opfs');
    expect(await storedClips()).to.deep.equal([]);
  });

  it('keeps nothing, and fails nowhere, where no storage opens (private modes)', async () => {
    replace(IDBFactory.prototype, 'open', () => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    });
    clipStorageBackend('indexeddb');
    expect(await keepClip({ mimeType: 'video/webm', source: 'photo-booth', startedAt: Date.now() })).to.be.undefined;
    expect(await storedClips()).to.deep.equal([]);
    expect(await readStoredClip('any')).to.be.undefined;
    await discardStoredClip('any');
  });

  it('leaves out a clip whose meta.json was cut short, listing the others', async function () {
    if (!opfsWrites) skipWithout(this, noOpfsWrites);
    clipStorageBackend('opfs');
    const broken = await keep({ startedAt: 1 });
    const fine = await keep({ startedAt: 2 });
    await Promise.all([broken.append(chunk('a')), fine.append(chunk('b'))]);
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('capture-kit-recordings');
    const meta = await (await folder.getDirectoryHandle(broken.id)).getFileHandle('meta.json');
    const writable = await meta.createWritable();
    await writable.write('{"mimeType":"vid');
    await writable.close();
    expect((await storedClips()).map((clip) => clip.id)).to.deep.equal([fine.id]);
    expect(await readStoredClip(broken.id)).to.be.undefined;
  });
});

describe('clip storage in opfs, a failed write that leaves its file behind', () => {
  afterEach(async () => {
    await forgetEverything();
    clipStorageBackend();
  });

  // Seen on a busy machine: the browser refused to remove the empty file of a write it had refused.
  it('is not counted as a chunk, nor read as one', async function () {
    if (!opfsWrites) skipWithout(this, noOpfsWrites);
    clipStorageBackend('opfs');
    const writer = await keep();
    await writer.append(chunk('kept'));
    replace(FileSystemWritableFileStream.prototype, 'write', () => Promise.reject(full()));
    replace(FileSystemDirectoryHandle.prototype, 'removeEntry', () =>
      Promise.reject(new DOMException('The file is in use (fake)', 'NoModificationAllowedError')));
    expect((await rejectionOf(writer.append(chunk('lost')))).params.reason).to.equal('storage-full');
    restoreReplaced();
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('capture-kit-recordings');
    const names: string[] = [];
    for await (const name of (await folder.getDirectoryHandle(writer.id)).keys()) names.push(name);
    expect(names.sort(), 'the failed write’s empty file is still there').to.deep.equal(['0', '1', 'meta.json']);
    expect((await storedClips()).map(({ chunks, bytes }) => ({ chunks, bytes }))).to.deep.equal([{ chunks: 1, bytes: 4 }]);
    expect(await (await readStoredClip(writer.id))?.text()).to.equal('kept');
  });
});
