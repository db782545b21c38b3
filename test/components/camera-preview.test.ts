import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/camera-preview/define.js';
import type { CameraPreview } from '../../src/components/camera-preview/camera-preview.js';
import { createCaptureStore, liveTrack, type CaptureStore } from '../../src/core/index.js';
import { elementSuite } from '../helpers/element-suite.js';
import { fakeEnv, trackEventsCanBeFaked } from '../helpers/fake-media.js';
import { acquiredTrackCount, until } from '../helpers/tracks.js';
import { nextEvent } from '../helpers/events.js';
import { partOf } from '../helpers/parts.js';
import { moveElsewhere } from '../helpers/move.js';
import { skipWithout } from '../helpers/skip.js';

const videoOf = (el: CameraPreview) => partOf(el, 'video') as HTMLVideoElement;
// Before the first render there is no video yet.
const playing = (el: CameraPreview) => until(() => ((videoOf(el) as HTMLVideoElement | null)?.videoWidth ?? 0) > 0, 'the video to play');

describe('<camera-preview>', () => {
  const suite = elementSuite('camera-preview');

  it('plays the camera with autostart and says capture-start; mirrored unless the camera faces away', async () => {
    const el = document.createElement('camera-preview');
    el.autostart = true;
    const started = nextEvent(el, 'capture-start');
    document.body.append(el);
    const event = await started;
    expect(event.detail.stream.getVideoTracks()[0].readyState).to.equal('live');
    await playing(el);
    const video = videoOf(el);
    expect(video.muted && video.autoplay && video.hasAttribute('playsinline')).to.be.true;
    // Chromium's fake camera says nothing of its facing (a webcam: mirrored), Firefox's faces away.
    const facesAway = el.state.tracks.video?.settings.facingMode === 'environment';
    expect(getComputedStyle(video).transform).to.equal(facesAway ? 'none' : 'matrix(-1, 0, 0, 1, 0, 0)');
    await expect(el).to.be.accessible();
  });

  it('offers "Tap to show the camera" where the browser refuses to play by itself, and plays on the tap', async () => {
    // iOS refuses play() without a gesture in Low Power Mode: a refusal stands in for it here.
    const realPlay = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function () {
      HTMLMediaElement.prototype.play = realPlay; // only the first, automatic, play is refused
      return Promise.reject(new DOMException('play() needs a user gesture', 'NotAllowedError'));
    };
    try {
      const el = await fixture<CameraPreview>(html`<camera-preview autostart></camera-preview>`);
      await until(() => partOf(el, 'play-button') !== null, 'the play button');
      const button = partOf(el, 'play-button') as HTMLButtonElement;
      expect(button.textContent.trim()).to.equal('Tap to show the camera');
      expect(videoOf(el).paused, 'a black box until the tap').to.be.true;
      await expect(el).to.be.accessible();
      button.click();
      await until(() => !videoOf(el).paused && partOf(el, 'play-button') === null, 'the video playing, the button gone');
      await playing(el);
    } finally {
      HTMLMediaElement.prototype.play = realPlay;
    }
  });

  it('mirrors with the mirror attribute, whatever the camera', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview autostart mirror></camera-preview>`);
    await playing(el);
    expect(getComputedStyle(videoOf(el)).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  });

  it('starts when a framework sets autostart after connecting the element', async () => {
    const el = document.createElement('camera-preview');
    document.body.append(el);
    el.autostart = true; // React and Vue set properties once the element is in the page
    await playing(el);
  });

  it('shows the picture unmirrored with mirror="false", and fit="cover" fills the box', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview autostart mirror="false" fit="cover"></camera-preview>`);
    await playing(el);
    expect(getComputedStyle(videoOf(el)).transform).to.equal('none');
    expect(getComputedStyle(videoOf(el)).objectFit).to.equal('cover');
  });

  it('waits for the person: a start button and no camera until it is pressed', async () => {
    const before = acquiredTrackCount();
    const el = await fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
    const button = partOf(el, 'start-button')!;
    expect(button.textContent).to.equal('Turn on camera');
    await expect(el).to.be.accessible();
    expect(acquiredTrackCount()).to.equal(before);
    button.click();
    await playing(el);
    expect(partOf(el, 'start-button')).to.equal(null);
    const stopped = nextEvent(el, 'capture-stop');
    el.store.stop();
    await stopped;
    await el.updateComplete;
    expect(partOf(el, 'start-button')).to.exist;
  });

  it('ends the camera of its own store when removed from the page', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview autostart></camera-preview>`);
    await playing(el);
    const [track] = el.state.stream!.getTracks();
    el.remove();
    await Promise.resolve(); // the same turn of the event loop: no frame is drawn in between
    expect(track.readyState).to.equal('ended');
  });

  it('keeps its camera when moved to another place on the page', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview autostart></camera-preview>`);
    await until(() => el.state.status === 'live', 'live');
    const { stream } = el.state;
    const acquired = acquiredTrackCount();
    const elsewhere = moveElsewhere(el);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.state.stream, 'the same stream').to.equal(stream);
    expect(stream!.getVideoTracks()[0].readyState).to.equal('live');
    expect(acquiredTrackCount(), 'no new getUserMedia').to.equal(acquired);
    await playing(el);
    elsewhere.remove();
    await Promise.resolve();
    expect(stream!.getVideoTracks()[0].readyState, 'removed, it ends the camera').to.equal('ended');
  });

  it('asks the browser for the back camera with facing="environment"', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview facing="environment" autostart></camera-preview>`);
    await until(() => el.state.status === 'live', 'live');
    // A desktop's fake camera faces nowhere and is used anyway: facing is a preference, not a demand.
    expect(el.state.tracks.video!.constraints).to.deep.include({ facingMode: 'environment' });
  });

  it('keeps reporting its last store once it left the page, and makes no new one', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview autostart></camera-preview>`);
    await until(() => el.state.status === 'live', 'live');
    const store = el.store;
    el.remove();
    await Promise.resolve(); // it lets go once the task shows it was not moved
    expect(el.store, 'the store it had').to.equal(store);
    expect(el.state.status, 'its camera is off').to.equal('idle');
  });

  it('warns about a bad fit and keeps the default', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview fit="stretch"></camera-preview>`);
    expect(el.fit).to.equal('contain');
    expect(suite.warnings()).to.contain('<camera-preview>: fit="stretch"');
    el.fit = 'sideways' as never;
    await el.updateComplete;
    expect(el.fit).to.equal('contain');
    expect(suite.warnings()).to.contain('fit="sideways"');
  });

  describe('with faults from an injected env', () => {
    const previewWith = async (store: CaptureStore) => {
      suite.stores.push(store);
      const el = await fixture<CameraPreview>(html`<camera-preview .store=${store}></camera-preview>`);
      return el;
    };

    it('says the camera is in use, and the retry works', async () => {
      const media = fakeEnv();
      media.mediaDevices.failures.push(new DOMException('Could not start video source', 'NotReadableError'));
      const el = await previewWith(createCaptureStore({ env: media.env }));
      partOf(el, 'start-button')!.click();
      await until(() => el.state.status === 'error', 'the error');
      expect(el.state.error?.code).to.equal('device-in-use');
      await el.updateComplete;
      expect(partOf(el, 'message')!.textContent).to.match(/another app or tab/i);
      await expect(el).to.be.accessible();
      const retry = partOf(el, 'start-button')!;
      expect(retry.textContent).to.equal('Try again');
      retry.click();
      await until(() => el.state.status === 'live', 'live after retry');
      await el.updateComplete;
      expect(partOf(el, 'overlay')).to.equal(null);
    });

    it('says no camera was found', async () => {
      const media = fakeEnv();
      media.mediaDevices.devices = media.mediaDevices.devices.filter((d) => d.kind !== 'videoinput');
      const el = await previewWith(createCaptureStore({ env: media.env }));
      partOf(el, 'start-button')!.click();
      await until(() => el.state.status === 'error', 'the error');
      await el.updateComplete;
      expect(partOf(el, 'message')!.textContent).to.match(/no camera was found/i);
    });

    it('says the camera stopped when it is unplugged, and offers to turn it back on', async function () {
      if (!trackEventsCanBeFaked()) skipWithout(this, 'events dispatched on tracks (to fake an unplug)');
      const media = fakeEnv();
      const el = await previewWith(createCaptureStore({ env: media.env }));
      await el.store.start();
      media.mediaDevices.unplug('cam-1');
      await el.updateComplete;
      expect(partOf(el, 'message')!.textContent).to.match(/camera stopped/i);
      partOf(el, 'start-button')!.click();
      await until(() => el.state.status === 'live', 'live with the other camera');
    });

    it('explains an insecure page and offers no pointless retry', async () => {
      const media = fakeEnv();
      const el = await previewWith(createCaptureStore({ env: { ...media.env, mediaDevices: undefined, isSecureContext: false } }));
      partOf(el, 'start-button')!.click();
      await until(() => el.state.status === 'error', 'the error');
      await el.updateComplete;
      expect(partOf(el, 'message')!.textContent).to.contain('https://');
      expect(partOf(el, 'start-button')).to.equal(null);
    });

    it('shows an indicator while the camera sends no frames', async function () {
      if (!trackEventsCanBeFaked()) skipWithout(this, 'events dispatched on tracks (to fake an unplug)');
      const media = fakeEnv();
      const el = await previewWith(createCaptureStore({ env: media.env }));
      await el.store.start();
      media.mediaDevices.liveTracks()[0].setMuted(true);
      await el.updateComplete;
      expect(partOf(el, 'muted-indicator')!.textContent).to.equal('No picture from the camera');
      media.mediaDevices.liveTracks()[0].setMuted(false);
      await el.updateComplete;
      expect(partOf(el, 'muted-indicator')).to.equal(null);
    });

    it('offers a flip button with two cameras and switches to the other one', async () => {
      const media = fakeEnv();
      const el = await previewWith(createCaptureStore({ env: media.env }));
      await el.store.start();
      await until(() => el.state.devices.length > 0, 'the device list');
      await el.updateComplete;
      partOf(el, 'flip-button')!.click();
      await until(() => el.state.tracks.video?.label === 'USB Camera', 'the other camera');
      expect(media.mediaDevices.liveTracks().map((t) => t.label)).to.deep.equal(['USB Camera']);
    });

    it('flips one camera with both facing modes: only the camera is asked again, with the other constraints kept', async () => {
      const media = fakeEnv();
      media.mediaDevices.devices = media.mediaDevices.devices.filter((d) => d.deviceId !== 'cam-2');
      media.mediaDevices.videoCapabilities = { facingMode: ['user', 'environment'] };
      const store = createCaptureStore({ video: { width: { ideal: 320 } }, audio: true, env: media.env });
      const el = await previewWith(store);
      await store.start();
      await until(() => el.state.devices.length > 0, 'the device list');
      await el.updateComplete;
      const microphone = liveTrack(el.state.stream, 'audio')!;
      partOf(el, 'flip-button')!.click();
      await until(() => media.mediaDevices.calls.length === 2 && el.state.status === 'live', 'the flipped camera');
      const asked = media.mediaDevices.calls[1];
      expect(asked.audio, 'the microphone is not asked again').to.equal(false);
      expect(asked.video).to.deep.include({ width: { ideal: 320 }, facingMode: { exact: 'environment' } });
      expect(microphone.readyState, 'the microphone keeps running').to.equal('live');
      expect(liveTrack(el.state.stream, 'audio')).to.equal(microphone);
    });
  });
});
