import { expect } from '@open-wc/testing';
import { createCaptureStore, type CaptureStore } from '../../src/core/index.js';
import { fakeEnv } from '../helpers/fake-media.js';
import { until } from '../helpers/tracks.js';

/** A permission the test can change, as the person would in the browser's settings. */
class FakeStatus extends EventTarget {
  constructor(public state: PermissionState) {
    super();
  }

  change(state: PermissionState): void {
    this.state = state;
    this.dispatchEvent(new Event('change'));
  }
}

function fakePermissions() {
  const statuses = { camera: new FakeStatus('prompt'), microphone: new FakeStatus('prompt') };
  const queried: string[] = [];
  const permissions = {
    query: ({ name }: { name: string }) => {
      queried.push(name);
      return Promise.resolve(statuses[name as keyof typeof statuses] as unknown as PermissionStatus);
    },
  };
  return { permissions, statuses, queried };
}

/** Lets every pending microtask and the next task run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createCaptureStore watching permissions and devices (injected env)', () => {
  const stores: CaptureStore[] = [];
  afterEach(() => stores.splice(0).forEach((store) => store.destroy()));

  it('asks nothing else of the browser while the first getUserMedia is in flight, then follows the permissions', async () => {
    const media = fakeEnv();
    const { permissions, statuses, queried } = fakePermissions();
    let listings = 0;
    const list = media.mediaDevices.enumerateDevices.bind(media.mediaDevices);
    media.mediaDevices.enumerateDevices = () => (listings++, list());
    const watched: string[] = [];
    const listen = media.mediaDevices.addEventListener.bind(media.mediaDevices);
    media.mediaDevices.addEventListener = (type: string, ...rest: [EventListenerOrEventListenerObject | null]) => (watched.push(type), listen(type, ...rest));
    const store = createCaptureStore({ env: { ...media.env, permissions } });
    stores.push(store);
    media.mediaDevices.hold = true;
    store.subscribe(() => undefined);
    const started = store.start();
    await until(() => media.mediaDevices.calls.length === 1, 'getUserMedia asked');
    await settle();
    expect({ queried, listings, watched }, 'while getUserMedia is in flight').to.deep.equal({ queried: [], listings: 0, watched: [] });

    media.mediaDevices.release();
    await started;
    await until(() => store.getState().permission.microphone === 'prompt', 'the microphone permission');
    await settle();
    expect(store.getState().permission.camera, 'granted by the acquisition, though the query says prompt').to.equal('granted');
    expect(queried.sort()).to.deep.equal(['camera', 'microphone']);
    expect(watched).to.deep.equal(['devicechange']);
    await until(() => store.getState().devices.length > 0, 'the devices');
    expect(listings, 'one listing after the acquisition').to.equal(1);

    statuses.microphone.change('denied');
    await until(() => store.getState().permission.microphone === 'denied', 'the change followed');
  });

  it('knows the permissions of a store that only watches, without starting', async () => {
    const media = fakeEnv();
    const { permissions, statuses } = fakePermissions();
    statuses.camera.state = 'denied';
    const store = createCaptureStore({ env: { ...media.env, permissions } });
    stores.push(store);
    store.subscribe(() => undefined);
    await until(() => store.getState().permission.camera === 'denied', 'the camera permission');
    expect(store.getState().permission.microphone).to.equal('prompt');
    await until(() => store.getState().devices.length > 0, 'the devices');
  });

  it('queries each permission once for all the stores of a page, and every store follows its changes', async () => {
    const media = fakeEnv();
    const { permissions, statuses, queried } = fakePermissions();
    const env = { ...media.env, permissions };
    const first = createCaptureStore({ env });
    const second = createCaptureStore({ env });
    stores.push(first, second);
    first.subscribe(() => undefined);
    second.subscribe(() => undefined);
    await until(() => [first, second].every((s) => s.getState().permission.camera === 'prompt'), 'both know the camera permission');
    first.destroy();
    const third = createCaptureStore({ env });
    stores.push(third);
    third.subscribe(() => undefined);
    await until(() => third.getState().permission.microphone === 'prompt', 'a later store knows it too');
    expect(queried.sort()).to.deep.equal(['camera', 'microphone']);

    statuses.camera.change('granted');
    await until(() => [second, third].every((s) => s.getState().permission.camera === 'granted'), 'both follow the change');
    expect(first.getState().permission.camera, 'a destroyed store follows nothing').to.equal('prompt');
  });
});
