import { expect } from '@open-wc/testing';
import { createCaptureStore, type CaptureStore } from '../../src/core/index.js';
import { setMediaPermission } from '../helpers/permission.js';
import { expectNoLiveTracks, recordAcquiredTracks, until, rejectionOf } from '../helpers/tracks.js';


describe('createCaptureStore following the permission state', () => {
  let store: CaptureStore;
  before(recordAcquiredTracks);
  afterEach(() => {
    store?.destroy();
    expectNoLiveTracks();
  });

  it('sees a denial turn into a grant without a reload, and starts again', async () => {
    await setMediaPermission('denied');
    store = createCaptureStore();
    store.subscribe(() => undefined);
    await until(() => store.getState().permission.camera === 'denied', 'permission denied');
    const error = await rejectionOf(store.start());
    expect(error.code).to.equal('permission-denied');

    await setMediaPermission('granted');
    await until(() => store.getState().permission.camera === 'granted', 'permission granted');
    expect((await store.start()).status).to.equal('live');
  });
});
