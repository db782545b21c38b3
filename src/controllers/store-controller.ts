import { ContextConsumer, ContextRoot } from '@lit/context';
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

const documentsWithRoot = new WeakSet<Document>();

/**
 * An element upgraded before its `<capture-session>` asks for the store too early; a
 * ContextRoot on the document asks again for it when the session connects.
 */
function ensureContextRoot(doc: Document): void {
  if (documentsWithRoot.has(doc)) return;
  documentsWithRoot.add(doc);
  new ContextRoot().attach(doc.documentElement);
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
  private connected = false;

  constructor(
    private readonly host: Host,
    private readonly options: StoreControllerOptions,
  ) {
    // Created before `addController(this)` so the context answer arrives before hostConnected.
    new ContextConsumer(host, {
      context: captureStoreContext,
      subscribe: true,
      callback: (store) => {
        this.provided = store;
        this.follow();
      },
    });
    host.addController(this);
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
    ensureContextRoot(this.host.ownerDocument);
    this.connected = true;
    this.follow();
  }

  hostDisconnected(): void {
    this.connected = false;
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
