import type { CaptureState } from '../core/index.js';
import { CaptureErrorEvent, CaptureStartEvent, CaptureStopEvent } from '../events.js';

/**
 * Dispatches the store's status events for one transition: `capture-start` when the status turns
 * `live`, `capture-stop` when it goes from `live` to `idle`, `capture-error` when it turns `error`
 * (or a new error replaces the one shown). Only the store's owner calls this, so each transition
 * is reported once.
 */
export function dispatchStatusEvents(host: HTMLElement, state: CaptureState, previous: CaptureState): void {
  if (state.status === 'error' && state.error && (previous.status !== 'error' || previous.error !== state.error)) {
    host.dispatchEvent(new CaptureErrorEvent(state.error, 'capture'));
  }
  if (state.status === 'live' && previous.status !== 'live' && state.stream) {
    host.dispatchEvent(new CaptureStartEvent(state.stream));
  }
  if (state.status === 'idle' && previous.status === 'live') host.dispatchEvent(new CaptureStopEvent());
}
