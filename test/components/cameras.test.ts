import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CameraPreview } from '../../src/components/camera-preview/camera-preview.js';
import type { CaptureSession } from '../../src/components/capture-session/capture-session.js';
import type { ConstraintPanel } from '../../src/components/constraint-panel/constraint-panel.js';
import type { DevicePicker } from '../../src/components/device-picker/device-picker.js';
import type { PhotoBooth } from '../../src/components/photo-booth/photo-booth.js';
import { cameraFacing } from '../helpers/browser.js';
import { elementSuite } from '../helpers/element-suite.js';
import { $, flip, record, setNumber } from '../helpers/panel.js';
import { partOf } from '../helpers/parts.js';
import { skipWithout } from '../helpers/skip.js';
import { getUserMediaCalls, until } from '../helpers/tracks.js';

// Front and rear cameras, the capabilities only a phone's rear camera has, and the device list
// before permission: what Safari users meet. WebKit's mock devices have all of them; a browser
// whose fake camera lacks one skips the test and says what it lacks.

const videoSettings = (el: { state: CaptureSession['state'] }) => el.state.tracks.video?.settings;
const isMirrored = (el: CameraPreview) => partOf(el, 'video')!.classList.contains('mirrored');

describe('cameras facing each way', () => {
  elementSuite('camera-preview, capture-session');

  it('starts the camera facing away with facing="environment", unmirrored; the flip button turns to the front one, mirrored', async function () {
    if (!(await cameraFacing('environment'))) skipWithout(this, 'a camera facing away (environment)');
    const el = await fixture<CameraPreview>(html`<camera-preview facing="environment" autostart></camera-preview>`);
    await until(() => el.state.status === 'live', 'the rear camera live');
    await el.updateComplete;
    expect(videoSettings(el)?.facingMode).to.equal('environment');
    expect(isMirrored(el), 'a camera facing away is not mirrored').to.be.false;
    const calls = getUserMediaCalls();
    const rear = el.state.tracks.video!.settings.deviceId;
    // The second camera shows in the list once the browser names the devices, a moment after the grant.
    await until(() => partOf(el, 'flip-button') !== null, 'the flip button');
    partOf(el, 'flip-button')!.click();
    await until(() => el.state.status === 'live' && videoSettings(el)?.deviceId !== rear, 'the other camera');
    await el.updateComplete;
    expect(videoSettings(el)?.facingMode).to.equal('user');
    expect(isMirrored(el), 'the front camera is mirrored, like a mirror').to.be.true;
    expect(getUserMediaCalls() - calls, 'one getUserMedia for the flip').to.equal(1);
  });

  it('shows the rear camera’s torch, zoom, white balance and background blur in the panel, and applies them', async function () {
    const rear = await cameraFacing('environment') as Record<string, unknown> | undefined;
    const wanted = ['torch', 'zoom', 'whiteBalanceMode', 'backgroundBlur'];
    if (!rear || !wanted.every((name) => name in rear)) skipWithout(this, 'a camera with torch, zoom, whiteBalanceMode and backgroundBlur');
    const session = await fixture<CaptureSession>(html`
      <capture-session video='{"facingMode":{"exact":"environment"}}' autostart><constraint-panel></constraint-panel></capture-session>`);
    const panel = session.querySelector<ConstraintPanel>('constraint-panel')!;
    await until(() => session.state.status === 'live', 'the rear camera live');
    await panel.updateComplete;
    for (const name of wanted) expect($(panel, `#control-${name}`), `a control for ${name}`).to.exist;
    const { changes, errors } = record(panel);
    const zoom = rear.zoom as { min: number; max: number };
    const target = Math.min(zoom.max, zoom.min + 1);
    setNumber(panel, 'zoom', target);
    await until(() => changes.length === 1 || errors.length > 0, 'zoom applied');
    const torch = flip(panel, 'torch');
    await until(() => changes.length === 2 || errors.length > 0, 'torch applied');
    expect(errors.map((e) => e.detail.message)).to.deep.equal([]);
    const settings = session.state.tracks.video!.settings as Record<string, unknown>;
    expect(settings.zoom, 'the zoom in force').to.equal(target);
    expect(settings.torch, 'the torch in force').to.equal(torch);
    await expect(panel).to.be.accessible();
  });
});

describe('the device list before permission', () => {
  elementSuite('capture-session');

  it('names every camera and microphone option before permission, and shows the real names once allowed', async () => {
    const before = await navigator.mediaDevices.enumerateDevices();
    const session = await fixture<CaptureSession>(html`
      <capture-session audio><device-picker></device-picker><device-picker kind="audioinput"></device-picker></capture-session>`);
    const [cameras, microphones] = session.querySelectorAll<DevicePicker>('device-picker');
    const optionTexts = (picker: DevicePicker) => [...picker.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent.trim());
    await until(() => session.state.devices.length > 0, 'the first device list');
    await cameras.updateComplete;
    await microphones.updateComplete;
    for (const picker of [cameras, microphones]) {
      expect(optionTexts(picker).every((text) => text.length > 0), 'no blank option').to.be.true;
    }
    if (before.every((d) => !d.label)) {
      // Labels and ids hidden (WebKit, Firefox): one nameless entry per kind, shown as "Camera 1".
      expect(optionTexts(cameras)).to.deep.equal(['Camera 1']);
      expect(optionTexts(microphones)).to.deep.equal(['Microphone 1']);
    }
    await session.start();
    await until(() => session.state.devices.every((d) => d.label), 'the devices named once allowed');
    await cameras.updateComplete;
    await microphones.updateComplete;
    const labels = (kind: MediaDeviceKind) => session.state.devices.filter((d) => d.kind === kind).map((d) => d.label);
    expect(optionTexts(cameras)).to.deep.equal(labels('videoinput'));
    expect(optionTexts(microphones)).to.deep.equal(labels('audioinput'));
  });
});

describe('teardown WebKit survives', () => {
  elementSuite('capture-session, camera-preview, photo-booth');

  // WebKit's web process hangs when a track stops while a removed or paused <video> holds it:
  // this file would never finish there if the kit stopped tracks first.
  it('a preview lets go of the stream when it leaves the page, before the camera stops', async () => {
    const session = await fixture<CaptureSession>(html`<capture-session autostart><camera-preview></camera-preview></capture-session>`);
    const preview = session.querySelector<CameraPreview>('camera-preview')!;
    await until(() => session.state.status === 'live' && (partOf(preview, 'video') as HTMLVideoElement).videoWidth > 0, 'playing');
    const video = partOf(preview, 'video') as HTMLVideoElement;
    preview.remove();
    expect(video.srcObject, 'no stream held by the removed preview').to.equal(null);
    session.store.stop(); // the tracks stop now, with no <video> holding them
    expect(session.state.status).to.equal('idle');
  });

  it('a booth with a filter removed while it records ends everything', async () => {
    const booth = await fixture<PhotoBooth>(html`<photo-booth autostart filter="grayscale(1)" mode="video"></photo-booth>`);
    await until(() => booth.state.status === 'live' && booth.filteredStream !== null, 'live and filtered');
    partOf(booth, 'shutter')!.click();
    await until(() => booth.recording, 'recording');
    const filtered = booth.filteredStream!;
    booth.remove();
    await until(() => filtered.getTracks().every((track) => track.readyState === 'ended'), 'the filtered stream ended');
  });
});

describe('what iOS asks of a page', () => {
  elementSuite('capture-session');

  it('asks getUserMedia once per start, for camera and microphone together, whatever the session holds', async () => {
    const session = await fixture<CaptureSession>(html`
      <capture-session audio>
        <camera-preview></camera-preview><photo-booth></photo-booth><device-picker></device-picker>
        <device-picker kind="audioinput"></device-picker><audio-meter></audio-meter><constraint-panel></constraint-panel>
      </capture-session>`);
    const calls = getUserMediaCalls();
    partOf(session.querySelector('camera-preview')!, 'start-button')!.click();
    await until(() => session.state.status === 'live', 'live');
    await new Promise((resolve) => setTimeout(resolve, 300)); // any element asking late would have asked by now
    expect(getUserMediaCalls() - calls, 'getUserMedia calls for one start (each may prompt again on iOS)').to.equal(1);
    expect(session.state.tracks.audio?.readyState).to.equal('live');
  });

  it('plays every preview video inline and muted', async () => {
    const session = await fixture<CaptureSession>(html`
      <capture-session autostart><camera-preview></camera-preview><photo-booth></photo-booth></capture-session>`);
    await until(() => session.state.status === 'live', 'live');
    const previews = [session.querySelector('camera-preview')!, session.querySelector('photo-booth')!.shadowRoot!.querySelector('camera-preview')!];
    for (const preview of previews) await preview.updateComplete;
    const videos = previews.map((preview) => partOf(preview, 'video') as HTMLVideoElement);
    expect(videos.map((video) => [video.muted, video.hasAttribute('playsinline')])).to.deep.equal(videos.map(() => [true, true]));
  });
});
