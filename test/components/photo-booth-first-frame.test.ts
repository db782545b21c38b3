import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/photo-booth/define.js';
import type { PhotoBooth } from '../../src/components/photo-booth/photo-booth.js';
import { elementSuite } from '../helpers/element-suite.js';
import { brightest, watchVideoDraws } from '../helpers/pixels.js';
import { restoreReplaced } from '../helpers/replace.js';
import { until } from '../helpers/tracks.js';

describe('<photo-booth> the first photo', () => {
  elementSuite('photo-booth');
  afterEach(restoreReplaced);

  // WebKit at times draws a playing video as nothing, most of all just after play(): a photo
  // taken then must wait for a frame that is drawn.
  it('is never empty when taken the moment the camera is on', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const el = await fixture<PhotoBooth>(html`<photo-booth autostart></photo-booth>`);
      await until(() => el.state.status === 'live', 'live', 8000);
      const photo = await el.takePhoto();
      expect(await brightest(photo.blob), `photo ${attempt + 1}: some light in it`).to.be.above(24);
      el.remove();
      await Promise.resolve();
    }
  });

  it('draws the camera again when the browser drew nothing, and keeps the frame it drew', async () => {
    const el = await fixture<PhotoBooth>(html`<photo-booth autostart></photo-booth>`);
    await until(() => el.state.status === 'live', 'live', 8000);
    const draws = watchVideoDraws(2);
    const photo = await el.takePhoto();
    expect(draws.count, 'draws of the camera: two drew nothing').to.be.at.least(3);
    expect(await brightest(photo.blob), 'the photo is the frame that was drawn, not the empty ones').to.be.above(24);
  });
});
