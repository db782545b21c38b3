import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { warnBadAttribute } from '../attributes/warn.js';
import { StoreController } from '../controllers/store-controller.js';
import { isCaptureStore, type CaptureState, type CaptureStore } from '../core/index.js';
import { CaptureErrorEvent, CaptureStartEvent, CaptureStopEvent } from '../events.js';
import { onStringsChange } from '../i18n/strings.js';

/**
 * What every kit element that works with a store shares: the store lookup (property, then
 * `<capture-session>`, then a private store), `autostart`, and starting without throwing.
 */
export abstract class CaptureElement extends LitElement {
  /** Starts capture when the element is on the page and nothing runs yet. */
  @property({ type: Boolean, reflect: true })
  autostart = false;

  protected readonly capture = new StoreController(this, {
    createPrivateStore: () => this.createPrivateStore(),
    onStoreChange: () => this.startIfAsked(),
    onStateChange: (state, previous) => this.stateChanged(state, previous),
  });

  private stopFollowingStrings?: () => void;

  /** The tag name, for messages. */
  protected abstract readonly tag: string;

  /**
   * The store this element works with. Set it to use a store the page created; by default the
   * nearest `<capture-session>`'s, else a private one that ends with the element.
   */
  get store(): CaptureStore {
    return this.capture.store;
  }

  set store(store: CaptureStore | undefined) {
    if (store !== undefined && !isCaptureStore(store)) {
      warnBadAttribute(this.tag, 'store', store, 'is not a capture store', 'the store found around the element');
      return;
    }
    this.capture.setExplicitStore(store);
  }

  /** The current snapshot of the store's state. */
  get state(): CaptureState {
    return this.capture.state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopFollowingStrings = onStringsChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowingStrings?.();
  }

  /** The store this element creates when it is alone on the page. */
  protected abstract createPrivateStore(): CaptureStore;

  /** Every change of the store, with the previous snapshot. */
  protected stateChanged(_state: CaptureState, _previous: CaptureState): void {}

  /** Starts (or restarts) capture; a failure is in the state, which the element shows. */
  protected startCapture(): void {
    this.store.start().catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Also when a framework sets the property after connecting the element (React, Vue).
    if (changed.has('autostart')) this.startIfAsked();
  }

  private startIfAsked(): void {
    if (this.autostart && this.isConnected && this.capture.state.status === 'idle') this.startCapture();
  }
}

/** Dispatches capture-start, capture-stop and capture-error from a state change. */
export function dispatchStatusEvents(host: HTMLElement, state: CaptureState, previous: CaptureState): void {
  if (state.error && state.error !== previous.error) host.dispatchEvent(new CaptureErrorEvent(state.error));
  if (state.status === 'live' && previous.status !== 'live' && state.stream) {
    host.dispatchEvent(new CaptureStartEvent(state.stream));
  }
  if (state.status === 'idle' && previous.status === 'live') host.dispatchEvent(new CaptureStopEvent());
}
