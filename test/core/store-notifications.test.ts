import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  CaptureError, createCaptureStore, type CaptureState, type CaptureStatus, type CaptureStore,
} from '../../src/core/index.js';
import { callStore, isStoreCall, storeCalls, type StoreCall } from '../helpers/store-calls.js';
import { fakeEnv, trackEventsCanBeFaked } from '../helpers/fake-media.js';
import { expectNoLiveTracks, until } from '../helpers/tracks.js';

/**
 * "Every listener sees every published snapshot, in order, exactly once, also when a listener
 * calls back into the store while being notified" (../shared/design.md), over random sequences
 * of store calls and faults, with 2–4 listeners that, on snapshots of a status the plan chooses,
 * call start() or stop(), subscribe a new listener or unsubscribe one, and may throw. A plain
 * recording listener (the observer) is subscribed among them for the whole run. Once everything
 * settled:
 * - every listener subscribed for the whole run was handed the observer's list of snapshots;
 * - for every listener, each `previous` is the state it was handed just before (the first one:
 *   the state when it subscribed), and no snapshot is handed twice;
 * - a listener subscribed during the run gets what was published after it subscribed, and an
 *   unsubscribed one gets nothing after the call that removed it;
 * - the observer's last snapshot is `store.getState()`;
 * - every listener error was reported once (`reportError`), and calls rejected only with
 *   CaptureError.
 * A failure prints the shrunk plan.
 */

type Step =
  | StoreCall
  | { op: 'fail'; name: 'NotReadableError' | 'NotAllowedError' | 'AbortError' }
  | { op: 'unplug'; device: number }; // Chromium only: Firefox drops events dispatched on tracks

type Action =
  | { do: 'start'; video: boolean; audio: boolean }
  | { do: 'stop' }
  | { do: 'subscribe' }
  /** Unsubscribes one of the listeners other than the observer (by index, modulo their number). */
  | { do: 'unsubscribe'; target: number };

interface Reaction {
  on: CaptureStatus;
  action: Action;
  /** How many times it may fire, so that reactions cannot call each other forever. */
  times: number;
}

interface ListenerPlan {
  reactions: Reaction[];
  /** Throws after reacting, every time it is notified. */
  throws: boolean;
}

interface Plan {
  listeners: ListenerPlan[];
  /** Where among the listeners the observer subscribes (modulo their number + 1). */
  observerAt: number;
  steps: Step[];
}

const statuses: CaptureStatus[] = ['idle', 'acquiring', 'live', 'error'];

const stepArbitraries = (unplug: boolean): fc.Arbitrary<Step>[] => [
  ...storeCalls,
  fc.record({ op: fc.constant('fail' as const), name: fc.constantFrom('NotReadableError' as const, 'NotAllowedError' as const, 'AbortError' as const) }),
  ...(unplug ? [fc.record({ op: fc.constant('unplug' as const), device: fc.nat(2) })] : []),
];

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ do: fc.constant('start' as const), video: fc.boolean(), audio: fc.boolean() }),
  fc.constant({ do: 'stop' as const }),
  fc.constant({ do: 'subscribe' as const }),
  fc.record({ do: fc.constant('unsubscribe' as const), target: fc.nat(5) }),
);

const listenerPlan: fc.Arbitrary<ListenerPlan> = fc.record({
  reactions: fc.array(fc.record({ on: fc.constantFrom(...statuses), action, times: fc.integer({ min: 1, max: 2 }) }), { maxLength: 2 }),
  throws: fc.boolean(),
});

const planOf = (unplug: boolean): fc.Arbitrary<Plan> => fc.record({
  listeners: fc.array(listenerPlan, { minLength: 2, maxLength: 4 }),
  observerAt: fc.nat(4),
  steps: fc.array(fc.oneof(...stepArbitraries(unplug)), { maxLength: 10 }),
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

interface Recording {
  readonly name: string;
  /** The state when it subscribed: the first `previous` it should be handed. */
  readonly initial: CaptureState;
  readonly seen: { state: CaptureState; previous: CaptureState }[];
  /** Subscribed from the start; false once unsubscribed. */
  fullRun: boolean;
  subscribed: boolean;
  /** Snapshots handed to it after its unsubscribe call. */
  readonly afterUnsubscribe: CaptureState[];
  unsubscribe(): void;
}

async function play(plan: Plan): Promise<void> {
  const media = fakeEnv();
  const store = createCaptureStore({ env: media.env });
  const warn = console.warn;
  const reportError = globalThis.reportError;
  const reported: unknown[] = [];
  const thrown: Error[] = [];
  console.warn = () => undefined; // a device unplugged is announced with a warning, by design
  globalThis.reportError = (error) => reported.push(error);

  const failures: unknown[] = [];
  const pending: Promise<void>[] = [];
  /** Follows a call to its end; anything but a CaptureError rejected is a failure. */
  const follow = (promise: Promise<unknown>) => {
    const settled = promise.then(() => undefined, (error: unknown) => {
      if (!(error instanceof CaptureError)) failures.push(error);
    });
    pending.push(settled);
    return settled;
  };
  const recordings: Recording[] = [];
  let reacting = true;

  /** Snapshots named in the order they are first handed out, for readable messages: "#3 error". */
  const names = new Map<CaptureState, string>();
  const name = (state: CaptureState) => {
    if (!names.has(state)) names.set(state, `#${names.size} ${state.status}`);
    return names.get(state)!;
  };

  function subscribe(label: string, fullRun: boolean, listenerPlan?: ListenerPlan): Recording {
    const reactions = (listenerPlan?.reactions ?? []).map((reaction) => ({ ...reaction, left: reaction.times }));
    const initial = store.getState();
    name(initial);
    const recording: Recording = {
      name: label, initial, seen: [], fullRun, subscribed: true, afterUnsubscribe: [], unsubscribe: () => undefined,
    };
    recordings.push(recording);
    const unsubscribe = store.subscribe((state, previous) => {
      name(state);
      if (!recording.subscribed) recording.afterUnsubscribe.push(state);
      recording.seen.push({ state, previous });
      if (!reacting) return;
      for (const reaction of reactions) {
        if (reaction.on !== state.status || reaction.left === 0) continue;
        reaction.left--;
        react(reaction.action, label);
      }
      if (listenerPlan?.throws) {
        const error = new Error(`${label} throws on ${name(state)}`);
        thrown.push(error);
        throw error;
      }
    });
    recording.unsubscribe = () => {
      recording.subscribed = false;
      recording.fullRun = false;
      unsubscribe();
    };
    return recording;
  }

  let added = 0;
  function react(what: Action, by: string): void {
    switch (what.do) {
      case 'start': void follow(store.start({ video: what.video || !what.audio, audio: what.audio })); break;
      case 'stop': store.stop(); break;
      case 'subscribe': subscribe(`listener added by ${by} (${++added})`, false); break;
      case 'unsubscribe': {
        const targets = recordings.filter((r) => r.name !== 'observer');
        targets[what.target % targets.length]?.unsubscribe();
        break;
      }
    }
  }

  const observerAt = plan.observerAt % (plan.listeners.length + 1);
  plan.listeners.forEach((listenerPlan, i) => {
    if (i === observerAt) subscribe('observer', true);
    subscribe(`listener ${i}`, true, listenerPlan);
  });
  if (observerAt === plan.listeners.length) subscribe('observer', true);

  const run = (wait: boolean, promise: Promise<unknown>) => (wait ? follow(promise) : void follow(promise));
  const settle = async () => {
    for (let round = 0; round < 3; round++) {
      while (pending.length) await Promise.all(pending.splice(0));
      await until(() => store.getState().status !== 'acquiring', 'the acquisitions to settle', 2000).catch(() => undefined);
      await tick();
    }
  };

  try {
    for (const step of plan.steps) {
      if (isStoreCall(step)) {
        const call = callStore(store, step);
        if (call) await run('wait' in step && step.wait, call);
        continue;
      }
      switch (step.op) {
        case 'fail': media.mediaDevices.failures.push(new DOMException('injected', step.name)); break;
        case 'unplug': {
          const device = media.mediaDevices.devices.filter((d) => d.kind !== 'audiooutput')[step.device];
          if (device) {
            media.mediaDevices.unplug(device.deviceId);
            media.mediaDevices.plug(device.kind, device.deviceId, device.label);
          }
          break;
        }
      }
    }
    await settle();
    checkNotifications(store, recordings, name);
    expect(failures, 'calls may only reject with CaptureError').to.deep.equal([]);
    expect(reported.map((error) => (error as Error).message), 'every listener error reported, once, in order')
      .to.deep.equal(thrown.map((error) => error.message));
  } finally {
    reacting = false; // the end of the run is not part of the plan
    store.destroy();
    await settle().catch(() => undefined);
    media.mediaDevices.failures.splice(0);
    console.warn = warn;
    globalThis.reportError = reportError;
  }
  expect(media.mediaDevices.liveTracks().map((t) => `${t.kind} ${t.label}`), 'live tracks after destroy').to.deep.equal([]);
}

function checkNotifications(store: CaptureStore, recordings: Recording[], name: (state: CaptureState) => string): void {
  const statesOf = (r: Recording) => r.seen.map((entry) => name(entry.state));
  for (const r of recordings) {
    const states = r.seen.map((entry) => entry.state);
    expect(r.seen.map((entry) => name(entry.previous)), `${r.name}: each previous is the state it was handed just before`)
      .to.deep.equal([r.initial, ...states].slice(0, states.length).map(name));
    expect(new Set(states).size, `${r.name} was handed a snapshot twice: ${statesOf(r).join(', ')}`).to.equal(states.length);
    expect(r.afterUnsubscribe.map(name), `${r.name}: snapshots handed after it was unsubscribed`).to.deep.equal([]);
  }
  const observer = recordings.find((r) => r.name === 'observer')!;
  const observed = statesOf(observer);
  for (const r of recordings.filter((each) => each.fullRun && each !== observer)) {
    expect(statesOf(r), `${r.name} (subscribed for the whole run) saw what the observer saw`).to.deep.equal(observed);
  }
  for (const r of recordings.filter((each) => each.initial !== observer.initial)) {
    // Subscribed during the run: everything the observer was handed after the state at that time.
    const at = observer.seen.findIndex((entry) => entry.state === r.initial);
    expect(at, `${r.name} subscribed at ${name(r.initial)}, a snapshot the observer was handed`).to.be.at.least(0);
    const later = observed.slice(at + 1);
    const expected = r.subscribed ? later : later.slice(0, r.seen.length);
    expect(statesOf(r), `${r.name} (subscribed at ${name(r.initial)}${r.subscribed ? '' : ', unsubscribed later'}) saw what was published after`)
      .to.deep.equal(expected);
  }
  for (const r of recordings.filter((each) => each.initial === observer.initial && !each.fullRun)) {
    // Subscribed from the start, unsubscribed during the run: a beginning of the observer's list.
    expect(statesOf(r), `${r.name} (unsubscribed during the run) saw the beginning of what the observer saw`)
      .to.deep.equal(observed.slice(0, r.seen.length));
  }
  expect(name(observer.seen.at(-1)?.state ?? observer.initial), 'the last snapshot handed is the store’s state').to.equal(name(store.getState()));
}

/** fast-check reports an error by its stack, and Firefox's stack leaves out the message: put it back. */
const withMessageInStack = <A extends unknown[]>(check: (...args: A) => Promise<void>) => async (...args: A) => {
  try {
    await check(...args);
  } catch (error) {
    if (error instanceof Error && !error.stack?.includes(error.message)) error.stack = `${error.name}: ${error.message}\n${error.stack}`;
    throw error;
  }
};

describe('createCaptureStore notifications (property, injected env)', () => {
  afterEach(expectNoLiveTracks);

  it('hands every listener every snapshot, in order, once, over 200 random plans with re-entrant listeners', async function () {
    this.timeout(300_000);
    await fc.assert(fc.asyncProperty(planOf(trackEventsCanBeFaked()), withMessageInStack(play)), { numRuns: 200, includeErrorInReport: true });
  });
});
