import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { warnBadAttribute } from '../attributes/warn.js';
import { StoreController } from '../controllers/store-controller.js';
import { isCaptureStore, type CaptureState, type CaptureStore } from '../core/index.js';
import { onStringsChange } from '../i18n/strings.js';
import { dispatchStatusEvents } from './status-events.js';

/**
 * What every kit element that works with a store shares: the store lookup (property, then
 * `<capture-session>`, then a private store), `autostart`, starting without throwing, the status
 * events of a private store, and texts that follow `setStrings()`.
 *
 * @fires capture-start - Capture became live; `detail.stream` is the stream. Dispatched by an element with a private store (alone on the page); in a `<capture-session>` the session dispatches it.
 * @fires capture-stop - Capture went from live to idle. Private store only, like `capture-start`.
 * @fires capture-error - Capture failed (`operation` is `capture`); `detail` is the `CaptureError`. Private store only, like `capture-start`.
 */
export abstract class CaptureElement extends LitElement {
  /** Starts capture when the element is on the page and nothing runs yet. */
  @property({ type: Boolean, reflect: true })
  autostart = false;

  protected readonly capture = new StoreController(this, {
    createPrivateStore: () => this.createPrivateStore(),
    onStoreChange: () => this.startIfAsked(),
    onStateChange: (state, previous) => {
      // An element alone owns its private store, so it reports the store's transitions.
      if (this.capture.isPrivate) dispatchStatusEvents(this, state, previous);
      this.stateChanged(state, previous);
    },
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
