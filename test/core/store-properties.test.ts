import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/camera-preview/define.js';
import { CaptureError, createCaptureStore, type CaptureStore } from '../../src/core/index.js';
import { callStore, isStoreCall, storeCalls, type StoreCall } from '../helpers/store-calls.js';
import { fakeEnv, trackEventsCanBeFaked } from '../helpers/fake-media.js';
import { acquiredTracks, recordAcquiredTracks, until } from '../helpers/tracks.js';

/**
 * Random sequences of what pages and people do to a store — calls awaited or not, elements
 * mounted and removed, devices failing or leaving — and, once everything settled, the
 * invariants: the kit shows every live track it holds, holds at most one per kind, and its
 * status says what the stream is. A failure prints the shrunk sequence.
 */
type Step =
  | StoreCall
  | { op: 'mount'; autostart: boolean }
  | { op: 'unmount' }
  | { op: 'attribute'; name: 'autostart' | 'mirror' | 'fit' | 'stop-when-hidden'; value: string | null }
  | { op: 'fail'; name: 'NotReadableError' | 'NotAllowedError' | 'AbortError' } // injected env only
  | { op: 'unplug'; device: number }; // injected env only

const common = [
  ...storeCalls,
  fc.record({ op: fc.constant('mount' as const), autostart: fc.boolean() }),
  fc.constant({ op: 'unmount' as const }),
  fc.record({ op: fc.constant('attribute' as const), name: fc.constantFrom('autostart' as const, 'mirror' as const, 'fit' as const, 'stop-when-hidden' as const),
    value: fc.constantFrom(null, '', 'true', 'false', 'cover', 'bogus') }),
];
const faults = [
  fc.record({ op: fc.constant('fail' as const), name: fc.constantFrom('NotReadableError' as const, 'NotAllowedError' as const, 'AbortError' as const) }),
  fc.record({ op: fc.constant('unplug' as const), device: fc.nat(2) }),
];

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

interface Run {
  store: CaptureStore;
  /** Every track handed to the store during the run. */
  issued: () => MediaStreamTrack[];
  injected?: ReturnType<typeof fakeEnv>;
}

async function play(steps: Step[], run: Run): Promise<void> {
  const { store, injected } = run;
  const warn = console.warn;
  console.warn = () => undefined; // bogus attribute values are turned down with a warning, by design
  const host = document.createElement('div');
  document.body.append(host);
  const failures: unknown[] = [];
  /** Resolves when the call settles; anything but a CaptureError thrown is a failure. */
  const outcome = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => {
    if (!(error instanceof CaptureError)) failures.push(error);
  });
  const pending: Promise<void>[] = [];
  const settle = (wait: boolean, promise: Promise<unknown>) => (wait ? outcome(promise) : void pending.push(outcome(promise)));
  try {
    for (const step of steps) {
      if (isStoreCall(step)) {
        const call = callStore(store, step);
        if (call) await settle('wait' in step && step.wait, call);
        continue;
      }
      switch (step.op) {
        case 'mount': host.append(Object.assign(document.createElement('camera-preview'), { store, autostart: step.autostart })); break;
        case 'unmount': host.lastElementChild?.remove(); break;
        case 'attribute': {
          const el = host.lastElementChild;
          if (step.value === null) el?.removeAttribute(step.name);
          else el?.setAttribute(step.name, step.value);
          break;
        }
        case 'fail': injected?.mediaDevices.failures.push(new DOMException('injected', step.name)); break;
        case 'unplug': {
          const device = injected?.mediaDevices.devices.filter((d) => d.kind !== 'audiooutput')[step.device];
          if (device && injected) {
            injected.mediaDevices.unplug(device.deviceId);
            injected.mediaDevices.plug(device.kind, device.deviceId, device.label);
          }
          break;
        }
      }
    }
    await Promise.all(pending);
    // A start from an autostarting element is in no list of calls: wait for it too.
    await until(() => store.getState().status !== 'acquiring', 'the acquisitions to settle').catch(() => undefined);
    await tick();
    checkInvariants(run, failures);
  } finally {
    console.warn = warn;
    host.remove();
    injected?.mediaDevices.failures.splice(0);
  }
}

function checkInvariants({ store, issued }: Run, failures: unknown[]): void {
  expect(failures, 'calls may only reject with CaptureError').to.deep.equal([]);
  const state = store.getState();
  const shown = state.stream?.getTracks() ?? [];
  const live = issued().filter((track) => track.readyState === 'live');
  expect(state.status, 'settled').to.not.equal('acquiring');
  expect(live.filter((track) => !shown.includes(track)).map((t) => `${t.kind} ${t.label}`), 'live tracks not in the stream').to.deep.equal([]);
  expect(shown.filter((track) => track.readyState !== 'live').map((t) => `${t.kind} ${t.label}`), 'ended tracks in the stream').to.deep.equal([]);
  for (const kind of ['video', 'audio'] as const) {
    expect(shown.filter((t) => t.kind === kind).length, `${kind} tracks`).to.be.at.most(1);
    expect(Boolean(state.tracks[kind]), `tracks.${kind} describes the stream`).to.equal(shown.some((t) => t.kind === kind));
  }
  expect(state.status === 'live', 'live ⇔ a stream').to.equal(state.stream !== null);
}

function property(runs: number, steps: fc.Arbitrary<Step>[], newRun: () => Run) {
  return fc.assert(
    fc.asyncProperty(fc.array(fc.oneof(...steps), { maxLength: 12 }), async (sequence) => {
      const run = newRun();
      try {
        await play(sequence, run);
      } finally {
        run.store.destroy();
      }
      expect(run.issued().filter((t) => t.readyState === 'live').length, 'live tracks after destroy').to.equal(0);
    }),
    { numRuns: runs, includeErrorInReport: true },
  );
}

describe('createCaptureStore properties', () => {
  it('keeps its invariants over 500 random sequences against an injected env with faults', async function () {
    this.timeout(240_000);
    // Firefox drops events dispatched on real tracks: there, no fake unplug.
    await property(500, [...common, ...faults.slice(0, trackEventsCanBeFaked() ? 2 : 1)], () => {
      const injected = fakeEnv();
      return { store: createCaptureStore({ env: injected.env }), issued: () => injected.mediaDevices.issued, injected };
    });
  });

  it('keeps its invariants over 50 random sequences against the browser’s fake devices', async function () {
    this.timeout(240_000);
    recordAcquiredTracks();
    await property(50, common, () => {
      const before = acquiredTracks().length;
      return { store: createCaptureStore(), issued: () => acquiredTracks().slice(before) };
    });
  });
});
