import { expect } from '@open-wc/testing';
import { createCaptureStore, type CaptureStore } from '../../src/core/index.js';
import { cameraRescales } from '../helpers/browser.js';
import { expectNoLiveTracks, recordAcquiredTracks, until, rejectionOf } from '../helpers/tracks.js';
import { skipWithout } from '../helpers/skip.js';

describe('createCaptureStore with the browser’s fake devices', () => {
  let store: CaptureStore;
  before(recordAcquiredTracks);
  afterEach(() => {
    store?.destroy();
    expectNoLiveTracks();
  });

  it('starts live with a video track that has a size, and stop() ends every track', async () => {
    store = createCaptureStore({ video: true, audio: true });
    const started = store.start();
    expect(store.getState().status).to.equal('acquiring');
    const state = await started;
    expect(state.status).to.equal('live');
    expect(state.stream?.getVideoTracks()[0].readyState).to.equal('live');
    expect(state.tracks.video?.settings.width).to.be.greaterThan(0);
    expect(state.tracks.video?.settings.height).to.be.greaterThan(0);
    expect(state.tracks.audio?.readyState).to.equal('live');
    expect(state.permission.camera).to.equal('granted');
    const tracks = state.stream!.getTracks();
    store.stop();
    expect(tracks.map((t) => t.readyState)).to.deep.equal(['ended', 'ended']);
    expect(store.getState()).to.include({ status: 'idle', stream: null, error: null });
  });

  it('keeps only the latest of two quick starts', async () => {
    store = createCaptureStore();
    const seen: (MediaStream | null)[] = [];
    store.subscribe((s) => seen.push(s.stream));
    const first = store.start();
    const second = store.start();
    await Promise.all([first, second]);
    const live = store.getState().stream!;
    expect(live.getVideoTracks()[0].readyState).to.equal('live');
    expect(seen.filter((s) => s !== null && s !== live), 'a superseded stream was published').to.deep.equal([]);
  });

  it('applies constraints to the live track and refreshes the settings', async function () {
    if (!(await cameraRescales())) skipWithout(this, 'a fake camera that rescales on applyConstraints');
    store = createCaptureStore();
    await store.start();
    const settings = await store.applyConstraints('video', { width: { exact: 320 } });
    expect(settings.width).to.equal(320);
    expect(store.getState().tracks.video?.settings.width).to.equal(320);
  });

  it('rejects an impossible constraint with overconstrained and keeps the previous settings', async function () {
    if (!(await cameraRescales())) skipWithout(this, 'a fake camera that rescales on applyConstraints');
    store = createCaptureStore();
    await store.start();
    const before = store.getState().tracks.video!.settings.width;
    const error = await rejectionOf(store.applyConstraints('video', { width: { exact: 99999 } }));
    expect(error).to.include({ code: 'overconstrained', constraint: 'width' });
    expect(error.message).to.contain('width');
    const state = store.getState();
    expect(state.status).to.equal('live');
    expect(state.error?.code).to.equal('overconstrained');
    expect(state.tracks.video?.settings.width).to.equal(before);
    expect(state.stream?.getVideoTracks()[0].readyState).to.equal('live');
  });

  it('fails a start whose exact constraint no camera meets, naming the constraint', async () => {
    store = createCaptureStore({ video: { width: { exact: 99999 } } });
    const error = await rejectionOf(store.start());
    expect(error).to.include({ code: 'overconstrained', constraint: 'width' });
    expect((error.cause as DOMException).name).to.equal('OverconstrainedError');
    expect(store.getState()).to.include({ status: 'error', error, stream: null });
  });

  it('lists devices with labels once permission is granted', async () => {
    store = createCaptureStore();
    await store.start();
    await until(() => store.getState().devices.some((d) => d.kind === 'videoinput' && d.label !== ''), 'labelled devices');
    const devices = await store.refreshDevices();
    expect(devices.filter((d) => d.kind === 'videoinput')).to.have.length.greaterThan(0);
  });

  it('switches the microphone in place and leaves the camera running', async () => {
    store = createCaptureStore({ audio: true });
    await store.start();
    const devices = await store.refreshDevices();
    const microphones = devices.filter((d) => d.kind === 'audioinput');
    const { stream } = store.getState();
    const [oldVideo] = stream!.getVideoTracks();
    const [oldAudio] = stream!.getAudioTracks();
    const other = microphones.find((m) => m.deviceId !== oldAudio.getSettings().deviceId) ?? microphones[0];
    await store.selectDevice('audioinput', other.deviceId);
    const state = store.getState();
    expect(state.selected.audioinput).to.equal(other.deviceId);
    expect(oldAudio.readyState).to.equal('ended');
    expect(state.stream!.getAudioTracks()[0].readyState).to.equal('live');
    expect(state.stream!.getVideoTracks()[0]).to.equal(oldVideo);
    expect(oldVideo.readyState).to.equal('live');
  });

  it('reacquires the microphone with processing a live track cannot change, leaving the camera on', async () => {
    store = createCaptureStore({ audio: true });
    await store.start();
    const [oldAudio] = store.getState().stream!.getAudioTracks();
    const [video] = store.getState().stream!.getVideoTracks();
    const settings = await store.reacquire('audio', { echoCancellation: false });
    expect(oldAudio.readyState).to.equal('ended');
    expect(video.readyState).to.equal('live');
    expect(store.getState().stream!.getVideoTracks()[0]).to.equal(video);
    expect(settings.echoCancellation).to.equal(false);
    expect(store.getState().tracks.audio?.settings.echoCancellation).to.equal(false);
  });

  it('rejects wrong arguments with invalid-argument and keeps working', async () => {
    store = createCaptureStore();
    const bad = [
      () => store.start('yes' as never),
      () => store.applyConstraints('picture' as never, {}),
      () => store.selectDevice('camera' as never, 'x'),
      () => store.selectDevice('videoinput', 42 as never),
      () => store.reacquire('video', 'wide' as never),
    ];
    for (const call of bad) {
      const error = await rejectionOf(call());
      expect(error.code, error.message).to.equal('invalid-argument');
    }
    for (const call of [() => store.applyConstraints('video', { width: 320 }), () => store.reacquire('video', { width: 320 })]) {
      const error = await rejectionOf(call());
      expect(error.code, `${error.message}: a call that needs a live camera, with none`).to.equal('not-live');
    }
    expect(() => createCaptureStore({ video: 5 as never })).to.throw('video must be true, false or a MediaTrackConstraints');
    expect(() => store.subscribe('listener' as never)).to.throw('subscribe() needs a function');
    expect((await store.start()).status).to.equal('live');
  });

  it('refuses a device that is not in the list', async () => {
    store = createCaptureStore();
    await store.start();
    await until(() => store.getState().devices.some((d) => d.deviceId !== ''), 'device ids');
    const error = await rejectionOf(store.selectDevice('videoinput', 'no-such-camera'));
    expect(error.code).to.equal('invalid-argument');
    expect(error.message).to.contain('no-such-camera');
    expect(store.getState().status).to.equal('live');
  });

  it('gives every listener the new and previous snapshot, even when one throws', async () => {
    store = createCaptureStore();
    const reported: unknown[] = [];
    const reportError = globalThis.reportError;
    globalThis.reportError = (error) => reported.push(error);
    const calls: string[] = [];
    const unsubscribe = store.subscribe(() => {
      throw new Error('listener bug');
    });
    store.subscribe((state, previous) => calls.push(`${previous.status}→${state.status}`));
    try {
      await store.start();
    } finally {
      unsubscribe();
      globalThis.reportError = reportError;
    }
    expect(calls).to.include.members(['idle→acquiring', 'acquiring→live']);
    expect(reported.length).to.be.greaterThan(0);
    expect(Object.isFrozen(store.getState())).to.be.true;
  });

  it('is finished after destroy(): tracks ended, later calls rejected', async () => {
    store = createCaptureStore();
    await store.start();
    const track = store.getState().stream!.getVideoTracks()[0];
    store.destroy();
    store.destroy();
    expect(track.readyState).to.equal('ended');
    const error = await rejectionOf(store.start());
    expect(error.code).to.equal('aborted');
    expect(store.getState().status).to.equal('idle');
  });
});
