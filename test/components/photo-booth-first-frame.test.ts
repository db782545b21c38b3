import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/photo-booth/define.js';
import type { PhotoBooth } from '../../src/components/photo-booth/photo-booth.js';
import { elementSuite } from '../helpers/element-suite.js';
import { brightest } from '../helpers/pixels.js';
import { until } from '../helpers/tracks.js';

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
