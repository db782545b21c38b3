import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, LitElement } from 'lit';
import '../../src/components/capture-session/define.js';
import { CaptureSession } from '../../src/components/capture-session/capture-session.js';
import { createCaptureStore } from '../../src/core/index.js';
import '../helpers/store-consumer.js';
import type { TestStoreConsumer } from '../helpers/store-consumer.js';
import { elementSuite } from '../helpers/element-suite.js';
import { cameraRescales } from '../helpers/browser.js';
import { until } from '../helpers/tracks.js';
import { moveElsewhere } from '../helpers/move.js';

/** A consumer inside a shadow root, to prove the store crosses it. */
class TestShadowHost extends LitElement {
  override render() {
    return litHtml`<test-store-consumer></test-store-consumer>`;
  }
}
customElements.define('test-shadow-host', TestShadowHost);

const consumerIn = (host: Element) => host.shadowRoot!.querySelector('test-store-consumer')!;

describe('<capture-session>', () => {
  const suite = elementSuite('capture-session, test-store-consumer');

  it('autostarts, shares its store across a shadow root, and ends every track when removed', async () => {
    const session = await fixture<CaptureSession>(html`
      <capture-session autostart audio><test-shadow-host></test-shadow-host></capture-session>`);
    const host = session.querySelector('test-shadow-host')!;
    await (host as LitElement).updateComplete;
    const consumer = consumerIn(host);
    expect(consumer.controller.store).to.equal(session.store);
    await until(() => session.state.status === 'live', 'live');
    await consumer.updateComplete;
    expect(consumer.shadowRoot!.textContent).to.contain('live');
    const tracks = session.state.stream!.getTracks();
    expect(tracks.map((t) => t.kind).sort()).to.deep.equal(['audio', 'video']);
    session.remove();
    await Promise.resolve(); // the same turn of the event loop: it only waits to see it was not moved
    expect(tracks.every((t) => t.readyState === 'ended')).to.be.true;
  });

  it('keeps its camera when moved to another place on the page', async () => {
    const session = await fixture<CaptureSession>(html`<capture-session autostart></capture-session>`);
    await until(() => session.state.status === 'live', 'live');
    const { stream } = session.state;
    const elsewhere = moveElsewhere(session);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(session.state.stream).to.equal(stream);
    expect(stream!.getVideoTracks()[0].readyState).to.equal('live');
    elsewhere.remove();
  });

  it('does not touch the camera without autostart or a call', async () => {
    const session = await fixture<CaptureSession>(html`<capture-session></capture-session>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(session.state.status).to.equal('idle');
    await session.start();
    expect(session.state.status).to.equal('live');
    session.stop();
    expect(session.state.status).to.equal('idle');
  });

  /** The width the camera was asked for, `320` or `{ ideal: 320 }` (browsers report either). */
  const askedWidth = (state: CaptureSession['state']) => {
    const width = state.tracks.video?.constraints.width;
    return typeof width === 'object' ? width.ideal : width;
  };

  it('asks for what its video attribute says', async () => {
    // WebKit's mock camera keeps 640×480 whatever it is asked: check the size only where it rescales.
    const rescales = await cameraRescales();
    const session = await fixture<CaptureSession>(html`
      <capture-session video='{"width":{"ideal":320},"height":{"ideal":240}}'></capture-session>`);
    const state = await session.start();
    expect(askedWidth(state)).to.equal(320);
    if (rescales) expect(state.tracks.video?.settings.width).to.equal(320);
    session.setAttribute('video', '{"width":{"ideal":640},"height":{"ideal":480}}');
    await until(() => session.state.status === 'live' && askedWidth(session.state) === 640, 'restart asking for 640');
    if (rescales) expect(session.state.tracks.video?.settings.width).to.equal(640);
  });

  it('warns about bad JSON in video, naming element, attribute and value, and keeps the default', async () => {
    const session = await fixture<CaptureSession>(html`<capture-session video="{width: 320"></capture-session>`);
    expect(session.video).to.equal(true);
    const message = suite.warnings();
    expect(message).to.contain('<capture-session>').and.contain('video=').and.contain('{width: 320');
    expect((await session.start()).status).to.equal('live');
  });

  it('keeps working when a property gets a value of the wrong type', async () => {
    const session = await fixture<CaptureSession>(html`<capture-session></capture-session>`);
    session.audio = 7 as never;
    await session.updateComplete;
    expect(suite.warnings()).to.contain('audio must be true, false');
    session.store = 'not a store' as never;
    expect(suite.warnings()).to.contain('store=');
    expect((await session.start()).status).to.equal('live');
  });

  it('shares a store the page gives it', async () => {
    const store = createCaptureStore();
    const session = await fixture<CaptureSession>(html`
      <capture-session .store=${store}><test-store-consumer></test-store-consumer></capture-session>`);
    const consumer = session.querySelector('test-store-consumer')!;
    expect(consumer.controller.store).to.equal(store);
    store.destroy();
  });

  it('reaches elements that were upgraded before the session', async () => {
    const wrapper = await fixture(html`<div><late-session><test-store-consumer></test-store-consumer></late-session></div>`);
    const consumer = wrapper.querySelector<TestStoreConsumer>('test-store-consumer')!;
    expect(consumer.controller.isPrivate).to.be.true;
    const privateStore = consumer.controller.store;
    await privateStore.start();
    customElements.define('late-session', class extends CaptureSession {});
    const session = wrapper.querySelector('late-session') as CaptureSession;
    expect(consumer.controller.store).to.equal(session.store);
    expect(privateStore.getState().status, 'the private store was destroyed').to.equal('idle');
    wrapper.remove();
  });

  it('gives an element outside any session a private store that ends with it', async () => {
    const consumer = await fixture<TestStoreConsumer>(html`<test-store-consumer></test-store-consumer>`);
    expect(consumer.controller.isPrivate).to.be.true;
    const state = await consumer.controller.store.start();
    const [track] = state.stream!.getTracks();
    consumer.remove();
    await Promise.resolve();
    expect(track.readyState).to.equal('ended');
  });

  it('is accessible', async () => {
    const session = await fixture<CaptureSession>(html`
      <capture-session><test-store-consumer></test-store-consumer></capture-session>`);
    await expect(session).to.be.accessible();
  });
});
