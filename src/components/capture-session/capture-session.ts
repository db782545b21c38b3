import { ContextProvider } from '@lit/context';
import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { mediaRequestConverter } from '../../attributes/media-request-converter.js';
import { captureStoreContext } from '../../context.js';
import { acceptStore } from '../../controllers/accept-store.js';
import { AutostartController, startQuietly } from '../../controllers/autostart-controller.js';
import { createCaptureStore, type CaptureState, type CaptureStore, type MediaRequest } from '../../core/index.js';
import { releaseUnlessMoved } from '../../utils/unless-moved.js';
import { dispatchStatusEvents } from '../status-events.js';
import { captureSessionStyles } from './capture-session.styles.js';

/** The storage key used by a bare `persist` attribute. */
export const defaultPersistKey = 'capture-kit:devices';

/**
 * Provides one capture store to every kit element inside it, also across shadow roots, so a
 * preview, a device picker and a photo booth work with the same camera. Removing the session
 * from the page ends every track its store acquired.
 *
 * The session owns the store it provides: it reports the store's transitions, once each,
 * whichever elements are inside (none, or several views of the same camera).
 *
 * @summary Shares one camera/microphone store with the elements inside it.
 * @slot - The kit elements (and anything else) that share the store.
 *
 * @fires {{ stream: MediaStream }} capture-start - Capture became live; `detail.stream` is the stream.
 * @fires {null} capture-stop - Capture went from live to idle.
 * @fires {CaptureError} capture-error - Capture failed (`operation` is `capture`): denied, not found, in use, a track that ended by itself; `detail` is the `CaptureError`.
 */
export class CaptureSession extends LitElement {
  static override styles = captureSessionStyles;

  /** Camera request: `true`, `false` or JSON MediaTrackConstraints, e.g. `{"width":1280}`. */
  @property({ converter: mediaRequestConverter('capture-session', 'video', true) })
  video: MediaRequest = true;

  /** Microphone request: `true`, `false` (default) or JSON MediaTrackConstraints. */
  @property({ converter: mediaRequestConverter('capture-session', 'audio', false) })
  audio: MediaRequest = false;

  /** Starts capture as soon as the session is on the page. Without it, capture waits for a user action. */
  @property({ type: Boolean, reflect: true })
  autostart = false;

  /** Remembers chosen devices in localStorage: a bare attribute uses the key `capture-kit:devices`. */
  @property()
  persist: string | null = null;

  private readonly provider = new ContextProvider(this, { context: captureStoreContext });
  private readonly autostarter = new AutostartController(this, () => this.store);
  private ownStore?: CaptureStore;
  private givenStore?: CaptureStore;
  private unsubscribe?: () => void;

  /** The store shared with the elements inside. Set it to share a store the page created. */
  get store(): CaptureStore {
    return this.givenStore ?? (this.ownStore ??= createCaptureStore({
      video: this.video, audio: this.audio, persist: this.persistKey(),
    }));
  }

  set store(store: CaptureStore | undefined) {
    if (!acceptStore('capture-session', store, 'the session’s own store')) return;
    const previous = this.store;
    this.givenStore = store;
    if (previous !== this.store && previous === this.ownStore) {
      this.ownStore.destroy();
      this.ownStore = undefined;
    }
    this.provider.setValue(this.store);
    if (!this.isConnected) return;
    this.reportTransitions();
    this.autostarter.startIfAsked();
  }

  /** The current snapshot of the store's state. */
  get state(): CaptureState {
    return this.store.getState();
  }

  /** Starts (or restarts) capture with the session's `video` and `audio` requests. */
  start(): Promise<CaptureState> {
    return this.store.start();
  }

  /** Ends every track of the store. */
  stop(): void {
    this.store.stop();
  }

  override connectedCallback(): void {
    this.reportTransitions(); // first: autostart (in super.connectedCallback) may fail at once
    super.connectedCallback();
    this.provider.setValue(this.store);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    releaseUnlessMoved(this, () => this.store.stop());
  }

  /** Dispatches the store's status events from now on (and no longer those of a previous store). */
  private reportTransitions(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.store.subscribe((state, previous) => dispatchStatusEvents(this, state, previous));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('video') && !changed.has('audio') && !changed.has('persist')) return;
    try {
      this.store.configure({ video: this.video, audio: this.audio, persist: this.persistKey() });
    } catch (error) {
      console.warn('<capture-session>:', (error as Error).message, 'Keeping the previous request.');
      return;
    }
    const requestChanged = changed.has('video') || changed.has('audio');
    if (this.hasUpdated && requestChanged && this.state.status === 'live') startQuietly(this.store);
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private persistKey(): string | false {
    if (this.persist === null) return false;
    return this.persist.trim() || defaultPersistKey;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'capture-session': CaptureSession;
  }
}
