import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/camera-preview/define.js';
import '../../src/components/audio-meter/define.js';
import type { CameraPreview } from '../../src/components/camera-preview/camera-preview.js';
import type { AudioMeter } from '../../src/components/audio-meter/audio-meter.js';
import { elementSuite } from '../helpers/element-suite.js';
import { partOf } from '../helpers/parts.js';
import { until } from '../helpers/tracks.js';

const setPageVisible = async (visible: boolean) => {
  await executeServerCommand('set-page-visible', { visible });
  await until(() => document.visibilityState === (visible ? 'visible' : 'hidden'), `the page ${visible ? 'shown' : 'hidden'}`);
};
const videoOf = (el: CameraPreview) => partOf(el, 'video') as HTMLVideoElement;

/** A page behind another tab: nothing is drawn or measured for nobody, and all comes back. */
describe('a hidden page', () => {
  elementSuite('camera-preview, audio-meter');
  afterEach(() => setPageVisible(true));

  it('<camera-preview> lets go of the picture while hidden and keeps the camera; plays again when shown', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview autostart></camera-preview>`);
    await until(() => el.state.status === 'live' && videoOf(el).videoWidth > 0, 'playing');
    const [track] = el.state.stream!.getVideoTracks();
    await setPageVisible(false);
    expect(videoOf(el).paused, 'paused').to.be.true;
    // A paused <video> holding a track that stops meanwhile hangs WebKit: it holds none.
    expect(videoOf(el).srcObject, 'no stream held while hidden').to.equal(null);
    expect(track.readyState, 'the camera stays on').to.equal('live');
    await setPageVisible(true);
    await until(() => !videoOf(el).paused && videoOf(el).srcObject === el.state.stream, 'playing again');
  });

  it('<camera-preview stop-when-hidden> turns the camera off while hidden and back on when shown', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview autostart stop-when-hidden></camera-preview>`);
    await until(() => el.state.status === 'live', 'live');
    const [track] = el.state.stream!.getVideoTracks();
    await setPageVisible(false);
    expect(track.readyState, 'the camera is off').to.equal('ended');
    expect(el.state.status).to.equal('idle');
    await setPageVisible(true);
    await until(() => el.state.status === 'live' && videoOf(el).videoWidth > 0, 'live again');
  });

  it('<audio-meter> stops measuring while hidden and measures again when shown', async () => {
    const el = await fixture<AudioMeter>(html`<audio-meter autostart></audio-meter>`);
    await until(() => el.level > 0, 'a level', 8000);
    await setPageVisible(false);
    const meter = el.shadowRoot!.querySelector('[role="meter"]')!;
    await el.updateComplete;
    expect(meter.getAttribute('aria-valuetext'), 'while hidden').to.equal('Microphone off');
    await setPageVisible(true);
    await until(() => el.level > 0, 'a level again', 8000);
  });
});
