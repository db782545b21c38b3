import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/camera-preview/define.js';
import type { CameraPreview } from '../../src/components/camera-preview/camera-preview.js';
import { expectNoLiveTracks, recordAcquiredTracks, until } from '../helpers/tracks.js';
import { partOf } from '../helpers/parts.js';

const setMediaPermission = (setting: 'granted' | 'denied' | 'prompt') =>
  executeServerCommand('set-media-permission', { setting });

describe('<camera-preview> recovering from a denial', () => {
  before(recordAcquiredTracks);
  afterEach(() => {
    document.querySelectorAll('camera-preview').forEach((el) => el.remove());
    expectNoLiveTracks();
  });

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
