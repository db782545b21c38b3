import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/camera-preview/define.js';
import type { CameraPreview } from '../../src/components/camera-preview/camera-preview.js';
import { elementSuite } from '../helpers/element-suite.js';
import { setMediaPermission } from '../helpers/permission.js';
import { until } from '../helpers/tracks.js';
import { partOf } from '../helpers/parts.js';


describe('<camera-preview> recovering from a denial', () => {
  elementSuite('camera-preview');

  it('starts by itself once the person allows the camera, without a reload', async () => {
    await setMediaPermission('denied');
    const el = await fixture<CameraPreview>(html`<camera-preview autostart></camera-preview>`);
    await until(() => el.state.error?.code === 'permission-denied', 'the denial');
    await el.updateComplete;
    expect(partOf(el, 'help')).to.exist;

    await setMediaPermission('granted');
    await until(() => (partOf(el, 'video') as HTMLVideoElement).videoWidth > 0, 'the video playing');
    await el.updateComplete;
    expect(partOf(el, 'overlay')).to.equal(null);
  });
});
