import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/photo-booth/define.js';
import type { PhotoBooth } from '../../src/components/photo-booth/photo-booth.js';
import { elementSuite } from '../helpers/element-suite.js';
import { until } from '../helpers/tracks.js';

/** The brightest channel value of a photo's pixels (0: all black). */
async function brightest(blob: Blob): Promise<number> {
  const bitmap = await createImageBitmap(blob);
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  let max = 0;
  for (let i = 0; i < data.length; i += 4) max = Math.max(max, data[i], data[i + 1], data[i + 2]);
  return max;
}

describe('<photo-booth> the first photo', () => {
  elementSuite('photo-booth');

  // WebKit shows black frames for 100–300 ms after play(): a photo taken then must wait them out.
  it('is never black when taken the moment the camera is on', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const el = await fixture<PhotoBooth>(html`<photo-booth autostart></photo-booth>`);
      await until(() => el.state.status === 'live', 'live', 8000);
      const photo = await el.takePhoto();
      expect(await brightest(photo.blob), `photo ${attempt + 1}: some light in it`).to.be.above(24);
      el.remove();
      await Promise.resolve();
    }
  });
});
