import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CaptureStore } from '../core/index.js';

type Host = ReactiveControllerHost & HTMLElement & { autostart: boolean };

/** Starts `store`; a failure is in its state, for the elements to show: nothing to throw here. */
export const startQuietly = (store: CaptureStore): void => void store.start().catch(() => undefined);

/**
 * `autostart`, for the session and every element: starts the host's store when the host has
 * `autostart`, is on the page and the store is idle — when it connects, when `autostart` is
 * turned on (also after connecting, as React and Vue set it) and when the host's store changes.
 */
export class AutostartController implements ReactiveController {
  private asked = false;

  constructor(
    private readonly host: Host,
    private readonly store: () => CaptureStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.startIfAsked();
  }

  hostUpdate(): void {
    if (this.host.autostart !== this.asked) this.startIfAsked();
  }

  /** Starts now if the host asks for it (the host's store changed, for instance). */
  startIfAsked(): void {
    this.asked = this.host.autostart;
    if (!this.asked || !this.host.isConnected) return;
    const store = this.store();
    if (store.getState().status === 'idle') startQuietly(store);
  }
}
