import fc from 'fast-check';
import type { CaptureStore, DeviceKind, MediaKind } from '../../src/core/index.js';

/** A call a page makes on a store, for property tests; `wait`: awaited before the next step, or not. */
export type StoreCall =
  | { op: 'start'; video: boolean; audio: boolean; wait: boolean }
  | { op: 'stop' }
  | { op: 'select'; kind: DeviceKind; device: number; wait: boolean }
  | { op: 'apply'; width: number; wait: boolean }
  | { op: 'reacquire'; kind: MediaKind; wait: boolean };

export const storeCalls: fc.Arbitrary<StoreCall>[] = [
  fc.record({ op: fc.constant('start' as const), video: fc.boolean(), audio: fc.boolean(), wait: fc.boolean() }),
  fc.constant({ op: 'stop' as const }),
  fc.record({ op: fc.constant('select' as const), kind: fc.constantFrom<DeviceKind>('videoinput', 'audioinput'),
    device: fc.nat(3), wait: fc.boolean() }),
  fc.record({ op: fc.constant('apply' as const), width: fc.integer({ min: 160, max: 1920 }), wait: fc.boolean() }),
  fc.record({ op: fc.constant('reacquire' as const), kind: fc.constantFrom<MediaKind>('video', 'audio'), wait: fc.boolean() }),
];

export const isStoreCall = (step: { op: string }): step is StoreCall =>
  ['start', 'stop', 'select', 'apply', 'reacquire'].includes(step.op);

/** Makes the call; returns its promise (a device index past the list chooses the default). */
export function callStore(store: CaptureStore, call: StoreCall): Promise<unknown> | undefined {
  switch (call.op) {
    case 'start': return store.start({ video: call.video || !call.audio, audio: call.audio });
    case 'stop': return void store.stop();
    case 'select': {
      const ids = store.getState().devices.filter((d) => d.kind === call.kind).map((d) => d.deviceId);
      return store.selectDevice(call.kind, call.device < ids.length ? ids[call.device] : '');
    }
    case 'apply': return store.applyConstraints('video', { width: call.width });
    case 'reacquire': return store.reacquire(call.kind, call.kind === 'audio' ? { echoCancellation: false } : { width: 320 });
  }
}
