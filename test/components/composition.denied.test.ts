import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { elementSuite } from '../helpers/element-suite.js';
import { recordStatusEvents, settle, type StatusEvents } from '../helpers/status-events.js';
import { until } from '../helpers/tracks.js';

/**
 * The browser refuses every prompt: the store's owner reports the refusal once, as one
 * `capture-error` with operation "capture", however many elements show that store.
 */
describe('composition when the browser refuses the camera: one capture-error, from the store’s owner', () => {
  elementSuite('capture-session, camera-preview');
  let events: StatusEvents;
  beforeEach(() => (events = recordStatusEvents()));
  afterEach(() => events.stop());

  async function expectOneDenial(owner: HTMLElementTagNameMap['capture-session' | 'camera-preview']): Promise<void> {
    await until(() => owner.state.status === 'error', 'the denial');
    await settle();
    expect(events.counts(), events.describe()).to.deep.equal({ 'capture-start': 0, 'capture-stop': 0, 'capture-error': 1 });
    expect(events.seen[0].target === owner, `from <${owner.localName}>; ${events.describe()}`).to.be.true;
    expect(events.errors(), events.describe()).to.deep.equal([{ from: owner.localName, operation: 'capture', code: 'permission-denied' }]);
  }

  it('a lone <camera-preview autostart> (its private store)', async () => {
    const preview = document.createElement('camera-preview');
    preview.autostart = true;
    document.body.append(preview);
    await expectOneDenial(preview);
  });

  it('a <capture-session autostart> holding a <camera-preview> and a <photo-booth>', async () => {
    const session = document.createElement('capture-session');
    session.autostart = true;
    session.append(document.createElement('camera-preview'), document.createElement('photo-booth'));
    document.body.append(session);
    await expectOneDenial(session);
  });
});
