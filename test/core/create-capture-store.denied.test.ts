import { expect } from '@open-wc/testing';
import { createCaptureStore, type CaptureStore } from '../../src/core/index.js';
import { errorText } from '../../src/i18n/error-text.js';
import { expectNoLiveTracks, recordAcquiredTracks, rejectionOf } from '../helpers/tracks.js';

describe('createCaptureStore when the browser refuses the camera', () => {
  let store: CaptureStore;
  before(recordAcquiredTracks);
  afterEach(() => {
    store?.destroy();
    expectNoLiveTracks();
  });

  it('fails with permission-denied, keeping the DOMException as cause', async () => {
    store = createCaptureStore({ video: true, audio: true });
    const error = await rejectionOf(store.start());
    expect(error.code).to.equal('permission-denied');
    expect((error.cause as DOMException).name).to.equal('NotAllowedError');
    expect(error.params.kinds).to.deep.equal(['video', 'audio']);
    expect(errorText(error), 'what a person reads').to.match(/^Access to the camera and microphone was blocked.*site settings/);
    expect(store.getState()).to.include({ status: 'error', stream: null, error });
  });

  it('lists devices without labels before permission, and says so through the permission state', async () => {
    store = createCaptureStore();
    store.subscribe(() => undefined);
    const devices = await store.refreshDevices();
    expect(devices.every((d) => d.label === '')).to.be.true;
  });
});
