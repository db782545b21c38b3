import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { CaptureSession } from '../../src/components/capture-session/capture-session.js';
import { createCaptureStore, type CaptureStore } from '../../src/core/index.js';
import { elementSuite } from '../helpers/element-suite.js';
import { fakeEnv, overconstrained, trackEventsCanBeFaked } from '../helpers/fake-media.js';
import { recordStatusEvents, settle, type StatusEvents } from '../helpers/status-events.js';
import { acquiredTrackCount, until } from '../helpers/tracks.js';
import { skipWithout } from '../helpers/skip.js';

/**
 * The status events (`capture-start`, `capture-stop`, `capture-error`) come once per store
 * transition, from the element that owns the store: with any two kit elements inside one
 * `<capture-session>`, in either order, a listener on the document hears each transition once,
 * from the session. An element's own failure (a constraint the panel could not apply) is
 * reported once, by that element, with its `operation`.
 */

const kit = ['camera-preview', 'device-picker', 'audio-meter', 'constraint-panel', 'photo-booth'] as const;
type KitTag = (typeof kit)[number];
type KitElement = HTMLElementTagNameMap[KitTag];

/** The table: every ordered pair of two different kit elements (20: each of the 10 pairs in both mount orders). */
const pairs = kit.flatMap((first) => kit.filter((second) => second !== first).map((second) => [first, second] as const));

const none = { 'capture-start': 0, 'capture-stop': 0, 'capture-error': 0 };

interface Mounted {
  session: CaptureSession;
  elements: KitElement[];
}

/**
 * A `<capture-session>` on the page (with `store` when given, with the microphone when `audio`),
 * then the pair's elements appended to it one after the other, in the pair's order.
 */
async function mount(pair: readonly KitTag[], { audio = false, store }: { audio?: boolean; store?: CaptureStore } = {}): Promise<Mounted> {
  const session = document.createElement('capture-session');
  if (audio) session.setAttribute('audio', 'true');
  if (store) session.store = store;
  document.body.append(session);
  await session.updateComplete;
  const elements: KitElement[] = [];
  for (const tag of pair) {
    const el = document.createElement(tag);
    session.append(el);
    await el.updateComplete;
    elements.push(el);
  }
  return { session, elements };
}

/** Starts and waits until the store is live and a late duplicate would have arrived. */
async function startLive(session: CaptureSession): Promise<void> {
  await session.start();
  await until(() => session.state.status === 'live', 'live');
  await settle();
}

/** The JSON editor of a live panel applies `constraints` (its Apply button, as a person does). */
async function applyThroughEditor(panel: HTMLElementTagNameMap['constraint-panel'], constraints: object): Promise<void> {
  await panel.updateComplete;
  const editor = panel.shadowRoot!.querySelector<HTMLTextAreaElement>('#json')!;
  editor.value = JSON.stringify(constraints);
  editor.dispatchEvent(new Event('input'));
  await panel.updateComplete;
  const apply = panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="editor"] .actions button')!;
  expect(apply.disabled, 'the Apply button is enabled on a live camera').to.be.false;
  apply.click();
}

/** Since the last reset, exactly one `type` event was seen (no other status event), dispatched by `owner`. */
function expectOneFrom(events: StatusEvents, type: keyof typeof none, owner: Element): void {
  expect(events.counts(), events.describe()).to.deep.equal({ ...none, [type]: 1 });
  expect(events.seen[0].target === owner, `from ${owner.localName}${owner.id ? `#${owner.id}` : ''}; ${events.describe()}`).to.be.true;
}

/** Since the last reset, exactly one `capture-error` was seen (no other status event), as `{ from, operation, code }`. */
function expectOneError(events: StatusEvents, error: { from: string; operation: string; code: string }): void {
  expect(events.counts(), events.describe()).to.deep.equal({ ...none, 'capture-error': 1 });
  expect(events.errors(), events.describe()).to.deep.equal([error]);
}

describe('composition: status events come once per transition, from the store’s owner', () => {
  const suite = elementSuite('capture-session, camera-preview');
  let events: StatusEvents;
  beforeEach(() => (events = recordStatusEvents()));
  afterEach(() => events.stop());

  /** A store on a fake env, destroyed after the test: its getUserMedia can be refused, its camera unplugged or made to refuse a constraint. */
  function injectedStore(audio: boolean) {
    const media = fakeEnv();
    const store = createCaptureStore({ env: media.env, audio });
    suite.stores.push(store);
    return { media, store };
  }

  for (const pair of pairs) {
    const audio = pair.includes('audio-meter');
    const panelIndex = pair.indexOf('constraint-panel');

    describe(`<${pair[0]}> then <${pair[1]}> in one <capture-session${audio ? ' audio="true"' : ''}>`, () => {
      it('start: one capture-start, and both elements show the session’s one stream', async () => {
        const { session, elements } = await mount(pair, { audio });
        const acquiredBefore = acquiredTrackCount();
        await startLive(session);
        expectOneFrom(events, 'capture-start', session);
        const { stream } = session.state;
        expect((events.seen[0].detail as { stream: MediaStream }).stream, 'detail.stream').to.equal(stream);
        expect(acquiredTrackCount() - acquiredBefore, 'tracks acquired: one getUserMedia for all')
          .to.equal(stream!.getTracks().length);
        for (const el of elements) {
          expect(el.store === session.store, `<${el.localName}>.store is the session’s`).to.be.true;
          expect(el.state.stream === stream, `<${el.localName}>.state.stream is the session’s`).to.be.true;
        }
      });

      it('stop: one capture-stop', async () => {
        const { session } = await mount(pair, { audio });
        await startLive(session);
        events.reset();
        session.stop();
        await settle();
        expectOneFrom(events, 'capture-stop', session);
      });

      it('a denied start: one capture-error permission-denied, operation "capture"', async () => {
        const { media, store } = injectedStore(audio);
        media.mediaDevices.failures.push(new DOMException('denied', 'NotAllowedError'));
        const { session, elements } = await mount(pair, { audio, store });
        elements.forEach((el) => expect(el.store === store, `<${el.localName}>.store is the injected one`).to.be.true);
        await session.start().catch(() => undefined);
        await until(() => session.state.status === 'error', 'the denial');
        await settle();
        expectOneError(events, { from: 'capture-session', operation: 'capture', code: 'permission-denied' });
      });

      it('a camera that ends by itself: one capture-error track-ended, operation "capture"', async function () {
        if (!trackEventsCanBeFaked()) skipWithout(this, 'events dispatched on tracks (to fake an unplug)');
        const { media, store } = injectedStore(audio);
        const { session } = await mount(pair, { audio, store });
        await startLive(session);
        events.reset();
        media.mediaDevices.unplug('cam-1');
        await until(() => session.state.status === 'error', 'the track-ended error');
        await settle();
        expectOneError(events, { from: 'capture-session', operation: 'capture', code: 'track-ended' });
      });

      if (panelIndex >= 0) {
        it('an impossible constraint: one capture-error overconstrained, from the panel, operation "constraints"', async () => {
          const { media, store } = injectedStore(audio);
          const { session, elements } = await mount(pair, { audio, store });
          await startLive(session);
          // The camera cannot deliver it (faked: Firefox's fake camera accepts any size).
          const camera = media.mediaDevices.liveTracks().find((track) => track.kind === 'video')!;
          Object.defineProperty(camera, 'applyConstraints', { value: () => Promise.reject(overconstrained('width')) });
          events.reset();
          await applyThroughEditor(elements[panelIndex] as HTMLElementTagNameMap['constraint-panel'], { width: { exact: 99999 } });
          await until(() => session.state.error !== null, 'the failed apply');
          await settle();
          expect(session.state.status, 'a failed apply leaves the camera on').to.equal('live');
          expectOneError(events, { from: 'constraint-panel', operation: 'constraints', code: 'overconstrained' });
        });
      }

      it(`<${pair[1]}> moved to a second session follows its store; each session reports its own transitions once`, async () => {
        const { session: first, elements: [stays, moved] } = await mount(pair, { audio });
        const { session: second } = await mount([], { audio });
        first.id = 'first';
        second.id = 'second';
        await startLive(first);
        events.reset();
        second.append(moved); // removed and inserted in the same task, as a framework moves an element
        await settle();
        expect(moved.store === second.store, 'the moved element follows the second session’s store').to.be.true;
        expect(stays.store === first.store, 'the other one keeps the first session’s store').to.be.true;
        expect(first.state.status, 'the first session keeps its camera').to.equal('live');
        expect(events.counts(), `moving is no transition; ${events.describe()}`).to.deep.equal(none);

        await startLive(second);
        expectOneFrom(events, 'capture-start', second);
        expect(moved.state.stream === second.state.stream, 'the moved element shows the second session’s stream').to.be.true;

        events.reset();
        first.stop();
        await settle();
        expectOneFrom(events, 'capture-stop', first);
        expect(second.state.status, 'the second session keeps its camera').to.equal('live');

        events.reset();
        await startLive(first);
        expectOneFrom(events, 'capture-start', first);
      });
    });
  }

  it('<capture-session autostart> with nothing inside: one capture-start', async () => {
    const session = document.createElement('capture-session');
    session.autostart = true;
    document.body.append(session);
    await until(() => session.state.status === 'live', 'live');
    await settle();
    expectOneFrom(events, 'capture-start', session);
  });

  it('a lone <camera-preview autostart> (its private store): one capture-start, from the preview', async () => {
    const preview = document.createElement('camera-preview');
    preview.autostart = true;
    document.body.append(preview);
    await until(() => preview.state.status === 'live', 'live');
    await settle();
    expectOneFrom(events, 'capture-start', preview);
    expect((events.seen[0].detail as { stream: MediaStream }).stream, 'detail.stream').to.equal(preview.state.stream);
  });
});
