import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/photo-booth/define.js';
import type { PhotoBooth } from '../../src/components/photo-booth/photo-booth.js';
import { elementSuite } from '../helpers/element-suite.js';
import { brightest, watchVideoDraws } from '../helpers/pixels.js';
import { restoreReplaced } from '../helpers/replace.js';
import { until } from '../helpers/tracks.js';

/** Chromium with a black camera (a file the test config writes): a dark room, to the booth. */
describe('<photo-booth> in the dark', () => {
  elementSuite('photo-booth');
  afterEach(restoreReplaced);

  it('takes the dark scene as it is, from the first frame drawn, without waiting for light', async () => {
    const el = await fixture<PhotoBooth>(html`<photo-booth autostart></photo-booth>`);
    await until(() => el.state.status === 'live', 'live', 8000);
    const draws = watchVideoDraws();
    const photo = await el.takePhoto();
    expect(await brightest(photo.blob), 'the photo of a dark scene is dark, not refused').to.be.at.most(24);
    expect(draws.count, 'draws of the camera: a dark frame is a frame').to.equal(1);
  });
});
