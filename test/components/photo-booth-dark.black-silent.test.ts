import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/photo-booth/define.js';
import type { CameraPreview } from '../../src/components/camera-preview/camera-preview.js';
import type { PhotoBooth } from '../../src/components/photo-booth/photo-booth.js';
import { darkFrameWaitMs } from '../../src/utils/first-frame.js';
import { elementSuite } from '../helpers/element-suite.js';
import { partOf } from '../helpers/parts.js';
import { brightest } from '../helpers/pixels.js';
import { replace, restoreReplaced } from '../helpers/replace.js';
import { until } from '../helpers/tracks.js';

const innerVideo = (el: PhotoBooth) => (partOf(el, 'preview') as CameraPreview).videoElement!;

/** Counts the pictures the page reads back from a canvas while `run` runs (the booth's light test reads one). */
async function readBacks(run: () => Promise<unknown>): Promise<number> {
  const prototype = CanvasRenderingContext2D.prototype;
  const getImageData = prototype.getImageData;
  let reads = 0;
  const restore = replace(prototype, 'getImageData', function (this: CanvasRenderingContext2D, ...args: Parameters<typeof getImageData>) {
    reads++;
    return getImageData.apply(this, args);
  });
  try {
    await run();
  } finally {
    restore();
  }
  return reads;
}

/** Chromium with a black camera (a file the test config writes): a dark room, to the booth. */
describe('<photo-booth> in the dark', () => {
  elementSuite('photo-booth');
  afterEach(restoreReplaced);

  it('takes the dark scene as it is once the camera has played the black-frame wait, and waits no more', async () => {
    const el = await fixture<PhotoBooth>(html`<photo-booth autostart></photo-booth>`);
    await until(() => el.state.status === 'live', 'live', 8000);
    const first = await el.takePhoto();
    expect(await brightest(first.blob), 'the photo of a dark scene is dark, not refused').to.be.at.most(24);
    expect(innerVideo(el).currentTime * 1000, 'the first photo waited for light while the camera was new')
      .to.be.at.least(darkFrameWaitMs - 200);
    expect(await readBacks(() => el.takePhoto()), 'the next photo waits for no light').to.equal(0);
  });

  it('does not wait for light when the camera has already played that long', async () => {
    const el = await fixture<PhotoBooth>(html`<photo-booth autostart></photo-booth>`);
    await until(() => el.state.status === 'live', 'live', 8000);
    await until(() => innerVideo(el).currentTime * 1000 > darkFrameWaitMs + 100, 'the camera to play a while', darkFrameWaitMs + 5000);
    let photo = null;
    const reads = await readBacks(async () => { photo = await el.takePhoto(); });
    expect(photo, 'a photo').to.not.equal(null);
    expect(reads, 'one look at the frame, no wait for another').to.equal(1);
  });
});
