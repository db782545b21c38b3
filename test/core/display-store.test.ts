import { expect } from '@open-wc/testing';
import { CaptureError, createDisplayStore, type DisplayState, type DisplayStore } from '../../src/core/index.js';
import { captureWarnings } from '../helpers/console.js';
import { fromClick, liveSharedTracks, recordSharedTracks, screenCanBeShared } from '../helpers/display.js';
import { trackEventsCanBeFaked } from '../helpers/fake-media.js';
import { skipWithout } from '../helpers/skip.js';
import { rejectionOf, until } from '../helpers/tracks.js';

describe('createDisplayStore', () => {
  let stores: DisplayStore[] = [];
  const store = (...args: Parameters<typeof createDisplayStore>) => {
    const made = createDisplayStore(...args);
    stores.push(made);
    return made;
  };

  before(recordSharedTracks);
  afterEach(() => {
    stores.forEach((s) => s.destroy());
    stores = [];
    expect(liveSharedTracks(), 'shared tracks still live').to.deep.equal([]);
  });

  describe('with the browser sharing without a picker', () => {
    beforeEach(async function () {
      if (!(await screenCanBeShared())) skipWithout(this, 'getDisplayMedia answering without a person');
    });

    it('shares the screen: live, with the surface it shows; stop() ends it and goes back to idle', async () => {
      const display = store();
      const seen: DisplayState['status'][] = [];
      display.subscribe((state) => seen.push(state.status));
      const state = await fromClick(() => display.start());
      expect(state.status).to.equal('live');
      const [track] = state.stream!.getVideoTracks();
      expect(track.readyState).to.equal('live');
      expect(['monitor', 'window', 'browser', 'unknown']).to.include(state.surface!.kind);
      expect(state.surface!.width, 'its width').to.be.greaterThan(0);
      expect(state.audio, 'no sound asked').to.be.false;
      expect(Object.isFrozen(state) && Object.isFrozen(state.surface)).to.be.true;
      display.stop();
      expect(track.readyState).to.equal('ended');
      expect(display.getState()).to.include({ status: 'idle', stream: null, surface: null, error: null });
      expect(seen).to.deep.equal(['acquiring', 'live', 'idle']);
    });

    it('passes the options on: a tab when asked for one, and its sound', async function () {
      const display = store({ displaySurface: 'browser' });
      const state = await fromClick(() => display.start({ audio: true }));
      if (state.surface!.kind !== 'browser') skipWithout(this, 'sharing a tab when asked for one (displaySurface: browser)');
      expect(state.surface!.kind).to.equal('browser');
      expect(state.audio, 'the tab’s sound').to.equal(state.stream!.getAudioTracks().length > 0);
    });

    it('warns about an unknown option or value and shares anyway', async () => {
      const warnings = captureWarnings();
      try {
        const display = store({ preferCurrentTab: 'yes' } as never);
        const state = await fromClick(() => display.start({ cursor: 'always' } as never));
        expect(state.status).to.equal('live');
      } finally {
        warnings.restore();
      }
      expect(warnings.messages()).to.contain('preferCurrentTab="yes"').and.contain('"cursor"');
    });

    it('keeps the latest of two starts and ends what the earlier one got', async function () {
      const display = store();
      const [first, second] = await fromClick(() => Promise.resolve([display.start(), display.start()]));
      const error = await rejectionOf(first);
      expect(error.code).to.equal('aborted');
      const secondOutcome = await second.catch((refused: CaptureError) => refused);
      if (secondOutcome instanceof CaptureError && secondOutcome.params.reason === 'screen-needs-gesture') {
        skipWithout(this, 'two pickers from one click (WebKit allows one)');
      }
      const state = secondOutcome as DisplayState;
      expect(state.status).to.equal('live');
      expect(liveSharedTracks(), 'only the latest share').to.have.length(state.stream!.getTracks().length);
    });

    it('ends a share that arrives after stop()', async () => {
      const display = store();
      const { started } = await fromClick(() => {
        const call = display.start();
        display.stop();
        return Promise.resolve({ started: call }); // not awaited here: it rejects
      });
      expect((await rejectionOf(started)).code).to.equal('aborted');
      expect(display.getState().status).to.equal('idle');
      await until(() => liveSharedTracks().length === 0, 'the late share ended');
    });

    it('goes back to idle quietly, with a notice, when sharing is stopped from the browser', async function () {
      if (!trackEventsCanBeFaked()) skipWithout(this, 'events dispatched on tracks (to stand in for the browser’s Stop sharing bar)');
      const display = store();
      const { stream } = await fromClick(() => display.start());
      const [track] = stream!.getVideoTracks();
      track.dispatchEvent(new Event('ended')); // what the browser's "Stop sharing" does
      const state = display.getState();
      expect(state).to.include({ status: 'idle', stream: null, error: null });
      expect(state.notice?.code).to.equal('sharing-stopped');
      expect(track.readyState, 'the store let go of it').to.equal('ended');
    });
  });

  describe('where sharing cannot start', () => {
    it('says so in an iframe whose allow attribute leaves display-capture out', async function () {
      // Same-origin frames may share by default; a cross-origin one without allow="display-capture" may not.
      const frame = Object.assign(document.createElement('iframe'), { allow: "display-capture 'none'" });
      document.body.append(frame);
      try {
        const frameDocument = frame.contentDocument as Document & { featurePolicy?: { allowsFeature(f: string): boolean } };
        const policy = frameDocument.featurePolicy;
        if (!policy) skipWithout(this, 'a browser that says what its permissions policy allows (Firefox and Safari refuse as if the picker were closed)');
        const mediaDevices = frame.contentWindow!.navigator.mediaDevices;
        const checked = store({ env: { mediaDevices, allowsFeature: (feature) => policy.allowsFeature(feature) } });
        const error = await rejectionOf(fromClick(() => checked.start()));
        expect(error.code, 'checked before asking').to.equal('blocked-by-policy');
        expect(checked.getState()).to.include({ status: 'error', error });
        const unchecked = store({ env: { mediaDevices, allowsFeature: () => undefined } });
        expect((await rejectionOf(fromClick(() => unchecked.start()))).code, 'the browser’s refusal read').to.equal('blocked-by-policy');
      } finally {
        frame.remove();
      }
    });

    it('says so on an insecure page and in a browser without getDisplayMedia', async () => {
      const insecure = await rejectionOf(store({ env: { isSecureContext: false } }).start());
      expect([insecure.code, insecure.params.reason]).to.deep.equal(['insecure-context', 'screen-insecure-context']);
      const phone = await rejectionOf(store({ env: { mediaDevices: {} as MediaDevices } }).start());
      expect([phone.code, phone.params.reason]).to.deep.equal(['unsupported', 'screen-unsupported']);
    });

    it('says that sharing starts from a click when called outside one, where the browser requires it', async function () {
      const display = store();
      const outcome = await Promise.race([
        display.start().then(() => 'shared', (error: { params: { reason?: string } }) => error.params.reason),
        new Promise((resolve) => setTimeout(() => resolve('no answer'), 3000)),
      ]);
      display.stop();
      if (outcome !== 'screen-needs-gesture') skipWithout(this, 'a browser that requires a click for getDisplayMedia');
      expect(display.getState().status, 'stopped after').to.equal('idle');
    });

    it('tells a closed picker (cancelled: back to idle, no error) from a refusal by the system', async () => {
      const refusing = (message: string) => ({ getDisplayMedia: () => Promise.reject(new DOMException(message, 'NotAllowedError')) });
      const closed = store({ env: { mediaDevices: refusing('Permission denied') } });
      expect((await rejectionOf(closed.start())).code).to.equal('cancelled');
      expect(closed.getState()).to.include({ status: 'idle', error: null });
      const system = store({ env: { mediaDevices: refusing('Permission denied by system') } });
      const error = await rejectionOf(system.start());
      expect([error.code, error.params.reason]).to.deep.equal(['permission-denied', 'screen-permission-denied']);
      expect(system.getState().status).to.equal('error');
    });
  });
});
