import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/photo-booth/define.js';
import type { PhotoBooth } from '../../src/components/photo-booth/photo-booth.js';
import type { CaptureClip, RecordingChunk } from '../../src/types.js';
import { elementSuite } from '../helpers/element-suite.js';
import { expectSeekableFile, fileDuration, playerDuration } from '../helpers/clip-file.js';
import { announcementOf, partOf } from '../helpers/parts.js';
import { expectOneEnd, recordingEnds, videoRecordingHasBytes } from '../helpers/recording.js';
import { replace, restoreReplaced } from '../helpers/replace.js';
import { skipWithout } from '../helpers/skip.js';
import { until } from '../helpers/tracks.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A live booth in video mode, with `attributes` set as properties after it connected (as frameworks do). */
async function liveRecorder(properties: Partial<PhotoBooth> = {}): Promise<PhotoBooth> {
  const el = await fixture<PhotoBooth>(html`<photo-booth autostart mode="video"></photo-booth>`);
  Object.assign(el, properties);
  await until(() => el.state.status === 'live', 'live');
  await el.updateComplete;
  return el;
}

/** Records `seconds` of clip with the shutter; resolves with the clip and the seconds between start and stop. */
async function record(el: PhotoBooth, seconds: number, during?: () => Promise<void>): Promise<{ clip: CaptureClip; recorded: number }> {
  const ends = recordingEnds(el);
  partOf(el, 'shutter')!.click();
  await until(() => el.recording, 'the recording to start');
  const startedAt = performance.now();
  await (during ? during() : wait(seconds * 1000));
  partOf(el, 'shutter')!.click();
  const recorded = (performance.now() - startedAt) / 1000;
  const clip = await expectOneEnd(el, ends, true, 10000);
  return { clip: clip!, recorded };
}

/** Clips people keep: seekable files with their duration, in the container asked for, streamed in pieces, paused and size-capped. */
describe('recorded files', () => {
  const suite = elementSuite('photo-booth');
  before(async function () {
    if (!(await videoRecordingHasBytes())) skipWithout(this, 'a MediaRecorder that writes video bytes');
  });

  for (const format of ['auto', 'video/webm', 'video/mp4'] as const) {
    it(`clip-format="${format}": the clip has its duration and seeks to the middle`, async () => {
      const el = await liveRecorder({ clipFormat: format });
      const { clip, recorded } = await record(el, 3);
      const recordable = (container: string) => MediaRecorder.isTypeSupported(container);
      const container = format !== 'auto' && recordable(format) ? format : recordable('video/webm') ? 'video/webm' : 'video/mp4';
      expect(clip.mimeType, 'the container').to.satisfy((type: string) => type.startsWith(container));
      expect(clip.blob.type).to.equal(clip.mimeType);
      await expectSeekableFile(clip.blob, recorded);
      expect(clip.duration, 'detail.duration').to.be.closeTo(recorded, recorded * 0.1);
      const fellBack = format !== 'auto' && container !== format;
      expect(suite.warnings(), 'a warning only where the format asked for cannot be recorded')
        .to.equal(fellBack ? `<photo-booth>: this browser cannot record ${format}; clips are recorded as ${clip.mimeType}.` : '');
    });
  }

  it('warns once about a format it cannot record, not at every clip', async function () {
    const other = ['video/mp4', 'video/webm'].find((type) => !MediaRecorder.isTypeSupported(type));
    if (!other) skipWithout(this, 'a container this MediaRecorder does not write (it writes WebM and MP4)');
    const el = await liveRecorder({ clipFormat: other as PhotoBooth['clipFormat'] });
    await record(el, 1);
    await record(el, 1);
    expect(suite.warnings().split('\n').filter(Boolean), 'warnings').to.have.length(1);
  });

  it('an unknown clip-format warns, naming it, and records in the default container', async () => {
    const el = await fixture<PhotoBooth>(html`<photo-booth autostart mode="video" clip-format="video/avi"></photo-booth>`);
    expect(el.clipFormat).to.equal('auto');
    expect(suite.warnings()).to.contain('clip-format="video/avi"');
  });

  it('chunk-interval: each piece comes as it is recorded, in order; the pieces make the file; the clip is whole', async () => {
    const el = await liveRecorder({ chunkInterval: 500 });
    const pieces: RecordingChunk[] = [];
    el.addEventListener('capture-recording-chunk', (event) => pieces.push(event.detail));
    let piecesWhileRecording = 0;
    const { clip, recorded } = await record(el, 3, async () => {
      await wait(3000);
      piecesWhileRecording = pieces.length;
    });
    expect(piecesWhileRecording, 'pieces before the recording stopped').to.be.at.least(4);
    expect(pieces.map((piece) => piece.index), 'indexes').to.deep.equal(pieces.map((_, i) => i));
    const elapsed = pieces.map((piece) => piece.elapsed);
    expect(elapsed, 'elapsed seconds, rising').to.deep.equal([...elapsed].sort((a, b) => a - b));
    expect(elapsed.at(-1), 'the last piece at the end').to.be.closeTo(recorded, 0.5);
    const joined = new Blob(pieces.map((piece) => piece.blob), { type: clip.mimeType });
    expect(await fileDuration(joined), 'the pieces joined, read by a demuxer').to.be.closeTo(recorded, recorded * 0.1);
    await expectSeekableFile(clip.blob, recorded);
  });

  it('sends no pieces without chunk-interval', async () => {
    const el = await liveRecorder();
    let pieces = 0;
    el.addEventListener('capture-recording-chunk', () => pieces++);
    await record(el, 1.5);
    expect(pieces).to.equal(0);
  });

  it('pauses and resumes: the timer stands still, the pause is left out of the file, each change is announced', async () => {
    const el = await liveRecorder();
    let timerWhilePaused: string[] = [];
    const { clip } = await record(el, 0, async () => {
      await wait(1200);
      const pause = partOf(el, 'pause-button')!;
      expect(pause.textContent, 'the button').to.equal('Pause');
      pause.click();
      await el.updateComplete;
      expect(el.paused, 'paused').to.be.true;
      expect(announcementOf(el), 'announced').to.equal('Recording paused');
      expect(partOf(el, 'pause-button')!.textContent).to.equal('Resume');
      const timer = () => partOf(el, 'timer')!.textContent;
      timerWhilePaused = [timer()];
      await wait(1600);
      timerWhilePaused.push(timer());
      partOf(el, 'pause-button')!.click();
      await el.updateComplete;
      expect(el.paused, 'resumed').to.be.false;
      expect(announcementOf(el), 'announced').to.equal('Recording resumed');
      await wait(1200);
    });
    expect(timerWhilePaused[1], 'the timer while paused').to.equal(timerWhilePaused[0]);
    expect(clip.duration, 'detail.duration: the time recorded').to.be.closeTo(2.4, 0.4);
    expect(await playerDuration(clip.blob), 'the file plays for the time recorded').to.be.closeTo(2.4, 0.5);
  });

  it('max-size: the recording stops by itself before the file passes it', async () => {
    const el = await liveRecorder();
    // The rate this encoder writes here, from a first clip: the limit is about three seconds of it.
    const first = await record(el, 1.5);
    const limit = Math.round((first.clip.blob.size / first.recorded) * 3);
    el.maxSize = limit;
    const ends = recordingEnds(el);
    partOf(el, 'shutter')!.click();
    await until(() => el.recording, 'the recording to start');
    await until(() => !el.recording, 'the recording to stop by itself', 8000);
    const clip = await expectOneEnd(el, ends, true, 10000);
    expect(clip!.blob.size, `bytes, against a limit of ${limit}`).to.be.at.most(limit);
    // Encoders write more at the start (Firefox most): the limit can come well before three seconds.
    expect(clip!.duration, 'seconds recorded').to.be.within(0.2, 4);
  });

  it('storage full: the booth says so, and the recording goes on to a whole clip', async function () {
    if (typeof FileSystemWritableFileStream === 'undefined') skipWithout(this, 'OPFS writes (the copy is kept in IndexedDB here)');
    const el = await liveRecorder();
    replace(FileSystemWritableFileStream.prototype, 'write', () => Promise.reject(new DOMException('The quota has been exceeded', 'QuotaExceededError')));
    try {
      const { clip, recorded } = await record(el, 0, async () => {
        await until(() => announcementOf(el) !== 'Recording', 'a word about the storage', 3000);
        expect(announcementOf(el)).to.equal('The device’s storage is full: the recording goes on, but is lost if the page closes before it ends.');
        expect(el.recording, 'still recording').to.be.true;
        await wait(1500);
      });
      await expectSeekableFile(clip.blob, recorded);
      expect(suite.warnings()).to.contain('the recording goes on without a copy kept');
    } finally {
      restoreReplaced();
    }
  });
});
