import { expect } from '@open-wc/testing';
import { createCaptureStore, type CaptureState, type CaptureStore, type CaptureStoreOptions } from '../../src/core/index.js';
import { fakeEnv } from '../helpers/fake-media.js';
import { expectNoLiveTracks, rejectionOf, until } from '../helpers/tracks.js';

/**
 * Two rules of the design's contract (../shared/design.md, "Lifecycle the store must keep
 * true"), through an injected env:
 * - a call that rejects leaves the store's request and state as they were before it (except the
 *   error it reports);
 * - every listener sees every published snapshot, in order, exactly once, also when a listener
 *   calls back into the store while being notified.
 */

const inUse = () => new DOMException('Could not start video source', 'NotReadableError');
const denied = () => new DOMException('Permission denied', 'NotAllowedError');

describe('the store contract (injected env)', () => {
  let media: ReturnType<typeof fakeEnv>;
  let stores: CaptureStore[];
  const newStore = (options: CaptureStoreOptions = {}) => {
    const store = createCaptureStore({ ...options, env: media.env });
    stores.push(store);
    return store;
  };

  beforeEach(() => {
    media = fakeEnv();
    stores = [];
  });
  afterEach(() => {
    stores.forEach((store) => store.destroy());
    expectNoLiveTracks();
  });

  /** The constraints the latest getUserMedia call got for `kind`: `true` reads as `{}`. */
  const lastAsked = (kind: 'video' | 'audio') => {
    const asked = media.mediaDevices.calls.at(-1)?.[kind];
    return asked === true ? {} : asked;
  };

  /** A plain start() after a rejected call; its failure fails the test with what it said. */
  const tryAgain = (store: CaptureStore) => store.start().catch((error: Error) => {
    throw new Error(`a plain start() after the rejected call rejected too: ${error.message}`);
  });

  describe('a call that rejects leaves the store’s request as it was', () => {
    it('start({ video: false }) on a video-only store rejects, and a plain start() still asks for video', async () => {
      const store = newStore({ video: true, audio: false });
      const error = await rejectionOf(store.start({ video: false }));
      expect(error.code, error.message).to.equal('invalid-argument');
      const state = await tryAgain(store);
      expect(state.status).to.equal('live');
      expect(state.tracks.video, 'a video track').to.exist;
      expect(state.stream?.getVideoTracks()).to.have.length(1);
      expect(lastAsked('video'), 'the camera asked for').to.deep.equal({});
      expect(lastAsked('audio') ?? false, 'no microphone').to.equal(false);
    });

    it('start({ video: { width: 640 } }) whose getUserMedia fails is not kept for the next start()', async () => {
      const store = newStore({ video: { frameRate: 24 }, audio: false });
      media.mediaDevices.failures.push(inUse());
      const error = await rejectionOf(store.start({ video: { width: 640 } }));
      expect(error.code, error.message).to.equal('device-in-use');
      expect(lastAsked('video'), 'what the failed call asked for').to.deep.equal({ width: 640 });
      const state = await tryAgain(store);
      expect(state.status).to.equal('live');
      expect(lastAsked('video'), 'what the plain start() after the failure asked for').to.deep.equal({ frameRate: 24 });
    });

    it('a start() request that succeeds is kept for the next start() (the other side of the rule)', async () => {
      const store = newStore({ video: { frameRate: 24 }, audio: false });
      await store.start({ video: { width: 640 } });
      await store.start();
      expect(lastAsked('video')).to.deep.equal({ width: 640 });
    });

    it('reacquire() whose getUserMedia fails leaves the earlier request for the next start()', async () => {
      const store = newStore({ video: { frameRate: 24 }, audio: true });
      await store.start();
      media.mediaDevices.failures.push(inUse());
      const error = await rejectionOf(store.reacquire('video', { width: 320 }));
      expect(error.code, error.message).to.equal('device-in-use');
      expect(lastAsked('video'), 'what the failed reacquire asked for').to.deep.equal({ width: 320 });
      const state = await tryAgain(store);
      expect(state.status).to.equal('live');
      expect(lastAsked('video'), 'what the plain start() after the failure asked for').to.deep.equal({ frameRate: 24 });
      expect(lastAsked('audio'), 'the microphone request is untouched').to.deep.equal({});
    });

    it('selectDevice() whose getUserMedia fails leaves no device chosen, and “Try again” uses the default camera', async () => {
      const store = newStore();
      await store.start();
      await until(() => store.getState().devices.length > 0, 'the device list');
      expect(store.getState().selected.videoinput).to.equal(undefined);
      media.mediaDevices.failures.push(inUse());
      const error = await rejectionOf(store.selectDevice('videoinput', 'cam-2'));
      expect(error.code, error.message).to.equal('device-in-use');
      expect(lastAsked('video'), 'what the failed switch asked for').to.deep.equal({ deviceId: { exact: 'cam-2' } });
      expect(store.getState().selected.videoinput, 'selected.videoinput after the failed switch').to.equal(undefined);
      const state = await tryAgain(store);
      expect(lastAsked('video'), 'what “Try again” asked for').to.deep.equal({});
      expect(state.tracks.video?.settings.deviceId, 'the camera “Try again” got').to.equal('cam-1');
    });

    it('selectDevice() whose getUserMedia fails goes back to the previous camera, also in what it saved', async () => {
      const store = newStore({ persist: 'contract:devices' });
      await store.start();
      await until(() => store.getState().devices.length > 0, 'the device list');
      await store.selectDevice('videoinput', 'cam-2');
      await store.selectDevice('videoinput', 'cam-1');
      expect(store.getState().selected.videoinput).to.equal('cam-1');
      media.mediaDevices.failures.push(inUse());
      const error = await rejectionOf(store.selectDevice('videoinput', 'cam-2'));
      expect(error.code, error.message).to.equal('device-in-use');
      expect(store.getState().selected.videoinput, 'selected.videoinput after the failed switch').to.equal('cam-1');
      const saved = JSON.parse(media.storage.items.get('contract:devices') ?? '{}') as CaptureState['selected'];
      expect(saved.videoinput, 'the choice saved under persist').to.equal('cam-1');
      const state = await tryAgain(store);
      expect(lastAsked('video'), 'what “Try again” asked for').to.deep.equal({ deviceId: { exact: 'cam-1' } });
      expect(state.tracks.video?.settings.deviceId, 'the camera “Try again” got').to.equal('cam-1');
    });
  });

  describe('every listener sees every published snapshot, in order, exactly once', () => {
    /** Names snapshots in the order they were first seen, so lists compare readably: "#3 error". */
    let names: Map<CaptureState, string>;
    const name = (state: CaptureState) => {
      if (!names.has(state)) names.set(state, `#${names.size} ${state.status}`);
      return names.get(state)!;
    };
    beforeEach(() => {
      names = new Map();
    });

    interface Recording {
      /** The state when it subscribed: the first `previous` it should be handed. */
      readonly initial: CaptureState;
      readonly seen: { state: CaptureState; previous: CaptureState }[];
      unsubscribe: () => void;
    }

    /** Subscribes a listener that records what it is handed, then runs `react` (which may throw). */
    function record(store: CaptureStore, react?: (state: CaptureState, recording: Recording) => void): Recording {
      const recording: Recording = { initial: store.getState(), seen: [], unsubscribe: () => undefined };
      name(recording.initial);
      recording.unsubscribe = store.subscribe((state, previous) => {
        name(state); // numbered in the order they are first handed out
        recording.seen.push({ state, previous });
        react?.(state, recording);
      });
      return recording;
    }

    const statesOf = (recording: Recording) => recording.seen.map((entry) => name(entry.state));

    /** Each `previous` is the snapshot handed just before (the first: the one at subscribe time); none twice. */
    function expectUnbroken(recording: Recording, who: string): void {
      const states = recording.seen.map((entry) => entry.state);
      expect(recording.seen.map((entry) => name(entry.previous)), `${who}: each previous is the state handed just before`)
        .to.deep.equal([recording.initial, ...states].slice(0, states.length).map(name));
      expect(new Set(states).size, `${who}: a snapshot handed twice in ${statesOf(recording).join(', ')}`).to.equal(states.length);
    }

    /** The snapshots `reference` was handed after `initial` (all of them when it is `reference`'s own first). */
    function after(reference: Recording, initial: CaptureState): string[] {
      if (initial === reference.initial) return statesOf(reference);
      const at = reference.seen.findIndex((entry) => entry.state === initial);
      expect(at, `${name(initial)} is a snapshot the reference listener was handed`).to.be.at.least(0);
      return statesOf(reference).slice(at + 1);
    }

    /** Waits for the device list that subscribing asked for, so no snapshot comes after the checks. */
    const settled = async (store: CaptureStore) => {
      await until(() => store.getState().devices.length > 0 && store.getState().status !== 'acquiring', 'the store to settle');
      await new Promise((resolve) => setTimeout(resolve, 20));
    };

    it('also when the first listener retries a failed start() while being notified of the error', async () => {
      const store = newStore();
      let retry: Promise<CaptureState> | undefined;
      const one = record(store, (state) => {
        if (state.status === 'error' && !retry) retry = store.start();
      });
      const two = record(store);
      const three = record(store);
      media.mediaDevices.failures.push(denied());
      const error = await rejectionOf(store.start());
      expect(error.code, error.message).to.equal('permission-denied');
      await until(() => retry !== undefined, 'the first listener to retry');
      expect((await retry!).status, 'the retry').to.equal('live');
      await settled(store);

      expect(statesOf(one).map((s) => s.split(' ')[1]), 'the first listener saw the error').to.include('error');
      expect(statesOf(two), 'the second listener saw what the first saw').to.deep.equal(statesOf(one));
      expect(statesOf(three), 'the third listener saw what the first saw').to.deep.equal(statesOf(one));
      expect(two.seen.map((entry) => entry.state.status), 'the second listener saw the error').to.include('error');
      expect(three.seen.map((entry) => entry.state.status), 'the third listener saw the error').to.include('error');
      [one, two, three].forEach((recording, i) => expectUnbroken(recording, `listener ${i + 1}`));
      expect(name(three.seen.at(-1)!.state), 'the last snapshot handed is the store’s state').to.equal(name(store.getState()));
    });

    it('also when a listener subscribes another one while being notified (it gets only what is published later)', async () => {
      const store = newStore();
      let retry: Promise<CaptureState> | undefined;
      let late: Recording | undefined;
      const one = record(store, (state) => {
        if (state.status === 'error' && !retry) retry = store.start();
      });
      const two = record(store, (state) => {
        if (state.status === 'error' && !late) late = record(store);
      });
      media.mediaDevices.failures.push(denied());
      await rejectionOf(store.start());
      await until(() => retry !== undefined, 'the first listener to retry');
      await retry;
      await settled(store);

      expect(statesOf(two), 'the second listener saw what the first saw').to.deep.equal(statesOf(one));
      expect(late, 'the second listener saw the error and subscribed a third').to.exist;
      expect(statesOf(late!), `the late listener (subscribed at ${name(late!.initial)}) got what was published after`)
        .to.deep.equal(after(one, late!.initial));
      expect(late!.seen, 'the late listener got the snapshots after it subscribed').to.not.be.empty;
      [one, two, late!].forEach((recording, i) => expectUnbroken(recording, `listener ${i + 1}`));
    });

    it('also when a listener subscribes another one while being notified, without calling the store', async () => {
      const store = newStore();
      let late: Recording | undefined;
      const one = record(store, (state) => {
        if (state.status === 'acquiring' && !late) late = record(store);
      });
      await store.start();
      await settled(store);
      expect(late, 'subscribed while notified').to.exist;
      expect(statesOf(late!)).to.deep.equal(after(one, late!.initial));
      expect(statesOf(late!).map((s) => s.split(' ')[1])).to.include('live');
      [one, late!].forEach((recording, i) => expectUnbroken(recording, `listener ${i + 1}`));
    });

    it('also when a listener unsubscribes a later one while being notified (that one gets nothing more)', async () => {
      const store = newStore();
      let unsubscribed = false;
      const handedAfterUnsubscribe: string[] = [];
      const one = record(store, (state) => {
        if (state.status === 'live' && !unsubscribed) {
          three.unsubscribe();
          unsubscribed = true;
        }
      });
      const two = record(store);
      const three = record(store, (state) => {
        if (unsubscribed) handedAfterUnsubscribe.push(name(state));
      });
      await store.start();
      await settled(store);
      expect(unsubscribed, 'the first listener saw live').to.be.true;
      expect(handedAfterUnsubscribe, 'snapshots handed to the third listener after it was unsubscribed').to.deep.equal([]);
      expect(statesOf(two)).to.deep.equal(statesOf(one));
      const live = statesOf(one).findIndex((s) => s.endsWith(' live'));
      expect(statesOf(three), 'the third listener got every snapshot before').to.deep.equal(statesOf(one).slice(0, live));
      [one, two, three].forEach((recording, i) => expectUnbroken(recording, `listener ${i + 1}`));
    });

    it('also when listeners throw (each reported), one of them after retrying a failed start()', async () => {
      const store = newStore();
      const reported: unknown[] = [];
      const reportError = globalThis.reportError;
      globalThis.reportError = (error) => reported.push(error);
      try {
        let retry: Promise<CaptureState> | undefined;
        const one = record(store, () => {
          throw new Error('listener 1 always throws');
        });
        const two = record(store, (state) => {
          if (state.status === 'error' && !retry) retry = store.start();
          throw new Error('listener 2 always throws');
        });
        const three = record(store);
        media.mediaDevices.failures.push(denied());
        await rejectionOf(store.start());
        await until(() => retry !== undefined, 'the second listener to retry');
        expect((await retry!).status).to.equal('live');
        await settled(store);

        expect(statesOf(two), 'the second listener saw what the first saw').to.deep.equal(statesOf(one));
        expect(statesOf(three), 'the third listener saw what the first saw').to.deep.equal(statesOf(one));
        expect(three.seen.map((entry) => entry.state.status), 'the third listener saw the error').to.include('error');
        [one, two, three].forEach((recording, i) => expectUnbroken(recording, `listener ${i + 1}`));
        expect(reported.map((error) => (error as Error).message), 'every throw reported once').to.deep.equal(
          one.seen.flatMap(() => ['listener 1 always throws', 'listener 2 always throws']),
        );
      } finally {
        store.destroy(); // its listeners throw: end it while reportError is still the stub
        globalThis.reportError = reportError;
      }
    });
  });
});
