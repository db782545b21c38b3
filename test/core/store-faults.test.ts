import { expect } from '@open-wc/testing';
import { createCaptureStore, type CaptureStore } from '../../src/core/index.js';
import { errorText } from '../../src/i18n/error-text.js';
import { browserAddsTrack, fakeEnv, fakeTrack, trackEventsCanBeFaked } from '../helpers/fake-media.js';
import { until, rejectionOf } from '../helpers/tracks.js';
import { skipWithout } from '../helpers/skip.js';

/** Faults a real browser cannot produce on demand, through an injected env. */
describe('createCaptureStore faults (injected env)', () => {
  let store: CaptureStore;
  let media: ReturnType<typeof fakeEnv>;
  let warnings: unknown[][];
  const warn = console.warn;

  beforeEach(() => {
    media = fakeEnv();
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
    store?.destroy();
    expect(media.mediaDevices.liveTracks(), 'live fake tracks').to.deep.equal([]);
  });

  it('maps NotReadableError to device-in-use and works again once the device is free', async () => {
    store = createCaptureStore({ env: media.env });
    const cause = new DOMException('Could not start video source', 'NotReadableError');
    media.mediaDevices.failures.push(cause);
    const error = await rejectionOf(store.start());
    expect(error).to.include({ code: 'device-in-use', cause });
    expect(error.params).to.deep.include({ kinds: ['video'], detail: 'Could not start video source' });
    expect(error.message, 'for developers, in English').to.equal('device-in-use (camera): Could not start video source');
    expect(store.getState()).to.include({ status: 'error', error });
    expect((await store.start()).status).to.equal('live');
  });

  it('reports track-ended, not live, when the device leaves while getUserMedia answers', async () => {
    store = createCaptureStore({ video: false, audio: true, env: media.env });
    const devices = media.mediaDevices;
    const getUserMedia = devices.getUserMedia.bind(devices);
    devices.getUserMedia = async (constraints) => {
      const stream = await getUserMedia(constraints);
      devices.unplug('mic-1'); // after the browser answered, before the store adopts the track
      return stream;
    };
    const error = await rejectionOf(store.start());
    expect(error.code).to.equal('track-ended');
    expect(store.getState()).to.include({ status: 'error', stream: null, error });
    devices.getUserMedia = getUserMedia;
    devices.plug('audioinput', 'mic-1', 'Built-in Microphone');
    expect((await store.start()).status, 'works again once the device is back').to.equal('live');
  });

  it('maps every DOMException name to its code', async () => {
    const cases: [string, string][] = [
      ['NotAllowedError', 'permission-denied'], ['SecurityError', 'permission-denied'],
      ['NotFoundError', 'not-found'], ['NotReadableError', 'device-in-use'], ['TrackStartError', 'device-in-use'],
      ['AbortError', 'aborted'], ['OverconstrainedError', 'overconstrained'], ['TypeError', 'invalid-argument'],
      ['WeirdError', 'unknown'],
    ];
    store = createCaptureStore({ env: media.env });
    for (const [name, code] of cases) {
      media.mediaDevices.failures.push(name === 'TypeError' ? new TypeError('bad') : new DOMException('x', name));
      const error = await rejectionOf(store.start());
      expect(error.code, name).to.equal(code);
      expect(error.message, name).to.be.a('string').and.not.contain('{');
    }
  });

  it('moves to track-ended when the camera is unplugged, ending the rest', async function () {
    if (!trackEventsCanBeFaked()) skipWithout(this, 'events dispatched on tracks (to fake an unplug)');
    store = createCaptureStore({ audio: true, env: media.env });
    store.subscribe(() => undefined); // as an element on the page does
    await store.start();
    media.mediaDevices.unplug('cam-1');
    const state = store.getState();
    expect(state.status).to.equal('error');
    expect(state.error?.code).to.equal('track-ended');
    expect(state.error?.params).to.deep.include({ kinds: ['video'], detail: 'Front Camera' });
    expect(state.error?.message, 'for developers, in English').to.equal('track-ended (camera): Front Camera');
    expect(state.stream).to.equal(null);
    await until(() => !store.getState().devices.some((d) => d.deviceId === 'cam-1'), 'the list without the camera');
    expect((await store.start()).status, 'works again with the other camera').to.equal('live');
    expect(store.getState().tracks.video?.label).to.equal('USB Camera');
  });

  it('reflects mute and unmute, and tracks the browser adds to the stream', async function () {
    if (!trackEventsCanBeFaked()) skipWithout(this, 'events dispatched on tracks (to fake an unplug)');
    store = createCaptureStore({ env: media.env });
    await store.start();
    const [track] = media.mediaDevices.liveTracks();
    track.setMuted(true);
    expect(store.getState().tracks.video?.muted).to.be.true;
    track.setMuted(false);
    expect(store.getState().tracks.video?.muted).to.be.false;
    const added = fakeTrack('audio', 'Remote', 'x');
    browserAddsTrack(store.getState().stream!, added);
    expect(store.getState().tracks.audio?.label).to.equal('Remote');
    added.stop();
  });

  it('follows devicechange: a new device appears, a chosen one that leaves falls back and says so', async function () {
    if (!trackEventsCanBeFaked()) skipWithout(this, 'events dispatched on tracks (to fake an unplug)');
    store = createCaptureStore({ env: media.env, persist: 'devices' });
    store.subscribe(() => undefined);
    await until(() => store.getState().devices.length === 4, 'the first list');
    media.mediaDevices.plug('videoinput', 'cam-3', 'Document Camera');
    await until(() => store.getState().devices.some((d) => d.label === 'Document Camera'), 'the new camera');
    await store.selectDevice('videoinput', 'cam-3');
    media.mediaDevices.unplug('cam-3');
    await until(() => store.getState().notice !== null, 'the fallback notice');
    const { selected, notice } = store.getState();
    expect(selected.videoinput).to.equal(undefined);
    expect(notice).to.include({ code: 'device-gone', kind: 'videoinput', deviceId: 'cam-3' });
    expect(notice?.message).to.contain('Document Camera');
    expect(JSON.parse(media.storage.items.get('devices')!)).to.deep.equal({});
    expect(warnings.flat().join(' ')).to.contain('Document Camera');
  });

  it('switches the camera with deviceId exact and stops the old one', async () => {
    store = createCaptureStore({ env: media.env });
    await store.start();
    const [old] = media.mediaDevices.liveTracks();
    await store.selectDevice('videoinput', 'cam-2');
    expect(old.readyState).to.equal('ended');
    expect(media.mediaDevices.calls.at(-1)?.video).to.deep.equal({ deviceId: { exact: 'cam-2' } });
    expect(store.getState().tracks.video?.label).to.equal('USB Camera');
  });

  it('lets the latest of racing calls win and stops what the others got', async () => {
    store = createCaptureStore({ env: media.env });
    media.mediaDevices.hold = true;
    const first = store.start();
    const switched = store.selectDevice('videoinput', 'cam-2');
    const second = store.start();
    media.mediaDevices.release();
    await Promise.all([first, switched, second]);
    const live = media.mediaDevices.liveTracks();
    expect(live).to.have.length(1);
    expect(store.getState().stream?.getTracks()).to.deep.equal(live);
    expect(live[0].label).to.equal('USB Camera');
  });

  it('stop() during acquisition ends what arrives late and stays idle', async () => {
    store = createCaptureStore({ env: media.env });
    media.mediaDevices.hold = true;
    const started = store.start();
    store.stop();
    media.mediaDevices.release();
    await started;
    expect(store.getState().status).to.equal('idle');
    expect(media.mediaDevices.issued).to.have.length(1);
  });

  it('remembers the chosen devices under persist and restores them', async () => {
    store = createCaptureStore({ env: media.env, persist: 'kit' });
    await store.selectDevice('videoinput', 'cam-2');
    store.destroy();
    store = createCaptureStore({ env: media.env, persist: 'kit' });
    expect(store.getState().selected.videoinput).to.equal('cam-2');
    await store.start();
    expect(store.getState().tracks.video?.label).to.equal('USB Camera');
  });

  it('remembers under a persist key given later the choice already made', async () => {
    store = createCaptureStore({ env: media.env });
    await store.start();
    await store.selectDevice('videoinput', 'cam-2');
    store.configure({ persist: 'later' });
    expect(JSON.parse(media.storage.items.get('later') ?? '{}')).to.deep.include({ videoinput: 'cam-2' });
  });

  it('falls back to the default camera when a remembered one no longer exists', async () => {
    media.storage.items.set('kit', JSON.stringify({ videoinput: 'gone-camera' }));
    store = createCaptureStore({ env: media.env, persist: 'kit' });
    const state = await store.start();
    expect(state.status).to.equal('live');
    expect(state.tracks.video?.label).to.equal('Front Camera');
    expect(state.notice).to.include({ code: 'device-gone', deviceId: 'gone-camera' });
  });

  it('keeps working when storage throws, with a warning', async () => {
    media.storage.failing = true;
    store = createCaptureStore({ env: media.env, persist: 'kit' });
    await store.selectDevice('videoinput', 'cam-2');
    expect(store.getState().selected.videoinput).to.equal('cam-2');
    expect(warnings.map((w) => String(w[0])).join('\n')).to.contain('could not save the device choice');
    expect((await store.start()).status).to.equal('live');
  });

  it('says insecure-context where there is no mediaDevices on a plain http page', async () => {
    store = createCaptureStore({ env: { ...media.env, mediaDevices: undefined, isSecureContext: false } });
    const error = await rejectionOf(store.start());
    expect(error.code).to.equal('insecure-context');
    expect(errorText(error), 'what a person reads').to.contain('https://');
    store = createCaptureStore({ env: { ...media.env, mediaDevices: undefined } });
    expect((await rejectionOf(store.start())).code).to.equal('unsupported');
  });

  it('stops listening to the browser when destroyed', async () => {
    store = createCaptureStore({ env: media.env });
    let changes = 0;
    store.subscribe(() => changes++);
    await until(() => store.getState().devices.length > 0, 'the first list');
    store.destroy();
    changes = 0;
    media.mediaDevices.plug('videoinput', 'cam-9', 'Late Camera');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(changes).to.equal(0);
    expect(store.getState().devices.some((d) => d.deviceId === 'cam-9')).to.be.false;
  });
});
