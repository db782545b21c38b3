import { expect } from '@open-wc/testing';
import { recoverClips } from '../../src/components/recording/recover-clips.js';
import type { PhotoBooth } from '../../src/components/photo-booth/photo-booth.js';
import { expectSeekableFile } from '../helpers/clip-file.js';
import { partOf } from '../helpers/parts.js';
import { videoRecordingHasBytes } from '../helpers/recording.js';
import { skipWithout } from '../helpers/skip.js';
import { until } from '../helpers/tracks.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A page of this origin with a `<photo-booth autostart mode="video">`, in a frame: it can be reloaded as a person would. */
async function boothPage(): Promise<HTMLIFrameElement> {
  const frame = Object.assign(document.createElement('iframe'), { src: '/test/pages/booth-page.html' });
  frame.allow = 'camera; microphone';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The page's booth, once it has defined and the camera is live. */
/** Every track the frames' booths opened: none may stay live once their page is gone. */
const framesTracks: MediaStreamTrack[] = [];

async function liveBoothOf(frame: HTMLIFrameElement): Promise<PhotoBooth> {
  let booth: PhotoBooth | null = null;
  await until(() => {
    booth = frame.contentDocument?.querySelector('photo-booth') as PhotoBooth | null;
    return booth?.state?.status === 'live';
  }, 'the booth of the page live', 10000);
  framesTracks.push(...booth!.state.stream!.getTracks());
  return booth!;
}

/** A recording cut short by a reload is offered on the next visit, and nothing recorded is lost. */
describe('recovering a recording cut short', () => {
  let frame: HTMLIFrameElement | undefined;
  before(async function () {
    if (!(await videoRecordingHasBytes())) skipWithout(this, 'a MediaRecorder that writes video bytes');
  });
  afterEach(async () => {
    frame?.remove();
    frame = undefined;
    await Promise.all((await recoverClips()).map((clip) => clip.discard()));
    await until(() => framesTracks.every((track) => track.readyState === 'ended'), 'no track of the frames’ pages still live');
    framesTracks.length = 0;
  });

  it('a page reloaded mid-clip offers the clip in the booth’s gallery; deleting it forgets it', async () => {
    frame = await boothPage();
    const booth = await liveBoothOf(frame);
    partOf(booth, 'shutter')!.click();
    await until(() => booth.recording, 'the recording to start');
    await wait(3200);
    expect(await recoverClips(), 'a recording still running is not offered').to.deep.equal([]);

    const reloaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    frame.contentWindow!.location.reload();
    await reloaded;
    const cutShort = await recoverClips();
    expect(cutShort.map(({ source }) => source), 'recordings cut short').to.deep.equal(['photo-booth']);
    expect(cutShort[0].size, 'bytes kept').to.be.above(0);

    const next = await liveBoothOf(frame);
    await until(() => next.clips.length === 1, 'the recovered clip in the gallery', 10000);
    const [clip] = next.clips;
    expect(clip.recovered, 'marked as recovered').to.be.true;
    // Pieces are kept every second: at most the last second is missing.
    expect(clip.duration, 'seconds recovered of 3.2').to.be.within(2, 3.4);
    // A Blob of this page (the frame's fails a demuxer's instanceof check).
    await expectSeekableFile(new Blob([clip.blob], { type: clip.blob.type }), clip.duration);
    await next.updateComplete;
    const gallery = partOf(next, 'gallery')!;
    expect(gallery.querySelector('video')!.getAttribute('aria-label')).to.match(/^Clip recovered, recorded at /);
    expect(gallery.querySelector('.recovered')?.textContent, 'said under the clip').to.equal('Recovered after the page closed');

    gallery.querySelector<HTMLButtonElement>('li button')!.click();
    let kept = cutShort.length;
    await until(() => {
      void recoverClips().then((clips) => (kept = clips.length));
      return kept === 0;
    }, 'the stored copy forgotten once deleted');
  });

  it('recoverClips() restores a clip as a seekable file, or discards it', async () => {
    frame = await boothPage();
    const booth = await liveBoothOf(frame);
    partOf(booth, 'shutter')!.click();
    await until(() => booth.recording, 'the recording to start');
    await wait(2200);
    frame.remove(); // the tab closed
    frame = undefined;
    const [cutShort, ...others] = await recoverClips();
    expect(others, 'one recording cut short').to.deep.equal([]);
    expect(cutShort.mimeType).to.match(/^video\/(webm|mp4)/);
    expect(cutShort.startedAt.getTime()).to.be.closeTo(Date.now(), 10000);
    const clip = await cutShort.restore();
    expect(clip.recovered).to.be.true;
    await expectSeekableFile(clip.blob, clip.duration);
    expect(clip.duration).to.be.within(1, 2.4);
    await cutShort.discard();
    expect(await recoverClips()).to.deep.equal([]);
  });
});
