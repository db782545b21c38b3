import { html, LitElement } from 'lit';
import { StoreController } from '../../src/controllers/store-controller.js';

/** The smallest kit-style element: it shows the status of whatever store it resolved. */
export class TestStoreConsumer extends LitElement {
  readonly controller = new StoreController(this, { privateRequest: () => ({}) });

  override render() {
    return html`<p role="status">${this.controller.state.status}</p>`;
  }
}
if (!customElements.get('test-store-consumer')) customElements.define('test-store-consumer', TestStoreConsumer);

declare global {
  interface HTMLElementTagNameMap {
    'test-store-consumer': TestStoreConsumer;
  }
}
