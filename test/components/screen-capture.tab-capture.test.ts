import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/screen-capture/define.js';
import type { ScreenCapture } from '../../src/components/screen-capture/screen-capture.js';
import { clickLikeAPerson, liveSharedTracks, recordSharedTracks } from '../helpers/display.js';
import { elementSuite } from '../helpers/element-suite.js';
import { partOf } from '../helpers/parts.js';
import { skipWithout } from '../helpers/skip.js';
import { until } from '../helpers/tracks.js';

// Run with Chromium's --auto-accept-this-tab-capture (the chromium-tab-capture group): the picker
// gives this very tab, as a person choosing it would, so Region Capture can crop it.

describe('<screen-capture crop-to> sharing this tab', () => {
  elementSuite('screen-capture');
  before(recordSharedTracks);
  afterEach(() => expect(liveSharedTracks(), 'shared tracks still live').to.deep.equal([]));

  it('crops the shared tab to the element: the picture is the element’s size', async function () {
    if (!('CropTarget' in window)) skipWithout(this, 'no Region Capture (CropTarget)');
    const host = await fixture<HTMLDivElement>(html`<div>
      <div id="crop-area" style="width: 320px; height: 160px; background: rgb(255, 0, 0)"></div>
      <screen-capture crop-to="crop-area"></screen-capture>
    </div>`);
    const el = host.querySelector<ScreenCapture>('screen-capture')!;
    await el.updateComplete;
    await clickLikeAPerson(partOf(el, 'share-button')!);
    await until(() => el.displayState.status === 'live', 'sharing this tab', 8000);
    expect(el.displayState.surface!.kind).to.equal('browser');
    const video = partOf(el, 'video') as HTMLVideoElement;
    const scale = window.devicePixelRatio;
    // A tab sends frames when it repaints: keep the area changing so the cropped frames arrive.
    const area = host.querySelector<HTMLDivElement>('#crop-area')!;
    const ticking = setInterval(() => (area.textContent = String(performance.now())), 50);
    try {
      await until(() => Math.abs(video.videoWidth - 320 * scale) <= 2 && Math.abs(video.videoHeight - 160 * scale) <= 2,
        'the picture cropped to the 320×160 element', 8000);
    } finally {
      clearInterval(ticking);
    }
    await el.updateComplete;
    expect(partOf(el, 'notice'), 'no fallback notice').to.equal(null);
    el.stopSharing();
  });
});
