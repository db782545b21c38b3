import { isServer, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { AttributeSpec } from '../attributes/attribute-spec.js';
import { acceptStore } from '../controllers/accept-store.js';
import { AutostartController, startQuietly } from '../controllers/autostart-controller.js';
import { StoreController } from '../controllers/store-controller.js';
import { createCaptureStore, type CaptureRequest, type CaptureState, type CaptureStore } from '../core/index.js';
import { onStringsChange } from '../i18n/strings.js';
import { dispatchStatusEvents } from './status-events.js';

let serverState: CaptureState | undefined;

/** What a store holds where there is no browser: idle, no devices, no supported constraints. */
const stateOnServer = (): CaptureState =>
  (serverState ??= createCaptureStore({ env: { mediaDevices: undefined } }).getState());

/**
 * What every kit element that works with a store shares: the store lookup (property, then
 * `<capture-session>`, then a private store that follows the element's attributes), `autostart`,
 * starting without throwing, checked attributes, the status events of a private store, and
 * texts that follow `setStrings()`.
 *
 * @fires {{ stream: MediaStream }} capture-start - Capture became live; `detail.stream` is the stream. Dispatched by an element with a private store (alone on the page); in a `<capture-session>` the session dispatches it.
 * @fires {null} capture-stop - Capture went from live to idle. Private store only, like `capture-start`.
 * @fires {CaptureError} capture-error - Capture failed (`operation` is `capture`); `detail` is the `CaptureError`. Private store only, like `capture-start`.
 */
export abstract class CaptureElement extends LitElement {
  /**
   * The element's attributes that take a restricted value, by property name, each declared once
   * (`attribute-spec.ts`): a value set as a property is checked against it before every update.
   */
  protected static checkedAttributes: Readonly<Record<string, AttributeSpec<unknown>>> = {};

  /** Starts capture when the element is on the page and nothing runs yet. */
  @property({ type: Boolean, reflect: true })
  autostart = false;

  protected readonly capture = new StoreController(this, {
    privateRequest: () => this.privateRequest(),
    onStoreChange: () => this.autostarter.startIfAsked(),
    onStateChange: (state, previous) => {
      // An element alone owns its private store, so it reports the store's transitions.
      if (this.capture.isPrivate) dispatchStatusEvents(this, state, previous);
      this.stateChanged(state, previous);
    },
  });

  private readonly autostarter = new AutostartController(this, () => this.store);
  private stopFollowingStrings?: () => void;

  /**
   * Whether render() shows what a server shows: the state of a store without a browser, and
   * nothing that only the browser knows (the session around the element, its features). True on
   * a server, and in the browser for the render that hydrates server HTML: hydration needs the
   * same template as the server's, so what the browser knows comes in the render right after.
   */
  protected serverView = isServer;
  /** The shadow root came from server HTML (declarative shadow DOM) and is not hydrated yet. */
  private hydrating = false;

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
    if (acceptStore(this.tag, store, 'the store found around the element')) this.capture.setExplicitStore(store);
  }

  /** The current snapshot of the store's state (an idle store's while rendering the server's view). */
  get state(): CaptureState {
    return this.serverView ? stateOnServer() : this.capture.state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopFollowingStrings = onStringsChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowingStrings?.();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Lit makes the shadow root; one that is there before came with the page's HTML.
    this.hydrating = this.shadowRoot !== null;
    return super.createRenderRoot();
  }

  protected override update(changed: PropertyValues<this>): void {
    if (!this.hydrating) return super.update(changed);
    this.hydrating = false;
    this.serverView = true;
    try {
      super.update(changed);
    } finally {
      this.serverView = false;
    }
    // After this update, not during it: no second update is scheduled from inside the first.
    void this.updateComplete.then(() => this.requestUpdate());
  }

  /** What the element's private store asks for, from its attributes (it follows their changes). */
  protected abstract privateRequest(): CaptureRequest;

  /** Every change of the store, with the previous snapshot. */
  protected stateChanged(_state: CaptureState, _previous: CaptureState): void {}

  /** Starts (or restarts) capture; a failure is in the state, which the element shows. */
  protected startCapture(): void {
    startQuietly(this.store);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const specs = (this.constructor as typeof CaptureElement).checkedAttributes;
    const self = this as unknown as Record<string, unknown>;
    for (const [name, spec] of Object.entries(specs)) {
      if (changed.has(name as keyof CaptureElement)) self[name] = spec.coerce(self[name]);
    }
  }
}
