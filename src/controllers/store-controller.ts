import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { captureStoreContext } from '../context.js';
import { createCaptureStore, type CaptureListener, type CaptureRequest, type CaptureState, type CaptureStore } from '../core/index.js';
import { releaseUnlessMoved } from '../utils/unless-moved.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface StoreControllerOptions {
  /**
   * What the private store (used when no store is given or provided) asks for, from the host's
   * attributes: read when it is created and before every update of the host, so it follows them.
   */
  privateRequest: () => CaptureRequest;
  /** Called each time the element starts following a different store. */
  onStoreChange?: (store: CaptureStore) => void;
  /** Called on every change of the followed store, with the new and previous snapshot. */
  onStateChange?: CaptureListener;
}

/**
 * Per document, the connected controllers whose request no `<capture-session>` answered (an
 * element upgraded before its session): they ask again when a session connects. Each leaves the
 * set when answered or disconnected, so nothing accumulates as elements come and go (Lit's
 * ContextRoot keeps an entry for every unanswered request for the document's lifetime).
 */
const unanswered = new WeakMap<Document, Set<StoreController>>();

function waitingIn(doc: Document): Set<StoreController> {
  let waiting = unanswered.get(doc);
  if (!waiting) {
    const controllers = new Set<StoreController>();
    unanswered.set(doc, (waiting = controllers));
    doc.addEventListener('context-provider', (event) => {
      if ((event as Event & { context?: unknown }).context !== captureStoreContext) return;
      for (const controller of [...controllers]) controller.askForSession();
    });
  }
  return waiting;
}

/**
 * Resolves the store an element works with and re-renders the element on every change.
 * Order: the element's own `store` property, then the nearest `<capture-session>` (also
 * across shadow roots), else a private store that is destroyed when the element leaves the page
 * (not when it only moves).
 */
export class StoreController implements ReactiveController {
  private explicit?: CaptureStore;
  private provided?: CaptureStore;
  private own?: CaptureStore;
  /** The private store's request as last given to it, to see when the host's attributes change it. */
  private ownRequest = '';
  private followed?: CaptureStore;
  /** The store followed last: what an element that left the page still reports. */
  private last?: CaptureStore;
  private unsubscribe?: () => void;
  /** Ends the subscription to the session that provided the store. */
  private unsubscribeProvider?: () => void;
  /** The set of unanswered controllers this one is in, while it is. */
  private waiting?: Set<StoreController>;
  private connected = false;

  constructor(
    private readonly host: Host,
    private readonly options: StoreControllerOptions,
  ) {
    host.addController(this);
  }

  /** The nearest `<capture-session>` answers with its store, now and each time it changes. */
  private readonly onProvided = (store: CaptureStore, unsubscribe?: () => void): void => {
    // Another session answers now (the element moved, or a session appeared in between).
    if (this.unsubscribeProvider && this.unsubscribeProvider !== unsubscribe) this.unsubscribeProvider();
    this.unsubscribeProvider = unsubscribe;
    this.waiting?.delete(this);
    this.waiting = undefined;
    this.provided = store;
    this.follow();
  };

  /** Asks the nearest `<capture-session>` for its store (answered synchronously, if there is one). */
  askForSession(): void {
    this.host.dispatchEvent(new ContextEvent(captureStoreContext, this.host, this.onProvided, true));
  }

  /** The store the element works with now. */
  get store(): CaptureStore {
    // An element that left the page keeps its last store, rather than making a new private one.
    const kept = this.connected ? undefined : this.last;
    return this.explicit ?? this.provided ?? this.own ?? kept ?? (this.own = this.createOwn());
  }

  get state(): CaptureState {
    return this.store.getState();
  }

  /** Whether the store is the element's private one (no session, no store property). */
  get isPrivate(): boolean {
    return this.store === this.own;
  }

  /** The store set on the element's `store` property; `undefined` goes back to the lookup. */
  setExplicitStore(store: CaptureStore | undefined): void {
    this.explicit = store;
    this.follow();
  }

  hostConnected(): void {
    this.askForSession(); // before following: with a session, the private store is never made
    if (!this.provided) {
      this.waiting = waitingIn(this.host.ownerDocument);
      this.waiting.add(this);
    }
    this.connected = true;
    this.follow();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.waiting?.delete(this);
    this.waiting = undefined;
    this.unsubscribeProvider?.();
    this.unsubscribeProvider = undefined;
    this.provided = undefined; // a moved element finds the session at its new place
    this.follow();
  }

  /** The private store, asking for what the host's attributes say now. */
  private createOwn(): CaptureStore {
    const request = this.options.privateRequest();
    this.ownRequest = JSON.stringify(request);
    return createCaptureStore(request);
  }

  /**
   * An attribute the private store was built from changed (a preview's `facing`, a picker's
   * `kind`): the store asks for the new request from now on, and a running capture restarts with it.
   */
  hostUpdate(): void {
    if (!this.own || this.followed !== this.own) return;
    const request = this.options.privateRequest();
    const key = JSON.stringify(request);
    if (key === this.ownRequest) return;
    this.ownRequest = key;
    this.own.configure(request);
    const { status } = this.own.getState();
    if (status === 'live' || status === 'acquiring') this.own.start().catch(() => undefined);
  }

  /** Ends every track the private store acquired. */
  private destroyOwn(): void {
    this.own?.destroy();
    this.own = undefined;
  }

  private follow(): void {
    const next = this.connected ? this.store : undefined;
    if (next === this.followed) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.followed = next;
    if (this.own && this.own !== next) {
      if (this.connected) this.destroyOwn();
      else releaseUnlessMoved(this.host, () => this.destroyOwn());
    }
    if (next) {
      this.last = next;
      this.unsubscribe = next.subscribe((state, previous) => {
        this.host.requestUpdate();
        this.options.onStateChange?.(state, previous);
      });
      this.options.onStoreChange?.(next);
    }
    this.host.requestUpdate();
  }
}
