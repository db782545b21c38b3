import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { CaptureElement } from '../../src/components/capture-element.js';
import { createCaptureStore } from '../../src/core/index.js';
import { setStrings } from '../../src/i18n/strings.js';
import { elementSuite } from '../helpers/element-suite.js';
import { fakeEnv } from '../helpers/fake-media.js';
import { until } from '../helpers/tracks.js';
import { attributesByTag } from '../helpers/manifest.js';


const badValues = ['', 'bogus-value', '-1', 'NaN', '1e309', '{"broken json', '   ', '9'.repeat(400)];
/** Attributes where any text is valid: a device-picker label, a storage key, an element id. */
const freeText = new Set(['label', 'persist', 'crop-to']);
/** Values every non-boolean, non-free-text attribute must turn down with a warning. */
const alwaysWrong = ['bogus-value', '{"broken json'];

describe('bad input, table-driven over the manifest', () => {
  const suite = elementSuite('[data-bad-input]');
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
  });

  it('covers every element of the kit', async () => {
    const tags = (await attributesByTag()).map(([tag]) => tag).sort();
    expect(tags).to.deep.equal(['audio-meter', 'camera-preview', 'capture-session', 'constraint-panel', 'device-check', 'device-picker', 'photo-booth', 'screen-capture']);
  });

  it('never throws out of an attribute, warns for values it cannot use, and keeps working', async function () {
    this.timeout(60_000);
    for (const [tag, attributes] of await attributesByTag()) {
      const media = fakeEnv();
      const store = createCaptureStore({ env: media.env });
      suite.stores.push(store);
      const el = document.createElement(tag) as CaptureElement;
      el.dataset.badInput = '';
      if (tag !== 'capture-session') el.store = store;
      document.body.append(el);
      for (const attribute of attributes) {
        const boolean = attribute.type?.text === 'boolean';
        for (const value of badValues) {
          const before = suite.warnings().length;
          expect(() => el.setAttribute(attribute.name, value), `${tag} ${attribute.name}="${value}"`).not.to.throw();
          await el.updateComplete;
          const said = suite.warnings().slice(before);
          if (!boolean && !freeText.has(attribute.name) && alwaysWrong.includes(value)) {
            expect(said, `${tag} ${attribute.name}="${value}" warns`).to.contain(`<${tag}>`).and.to.contain(attribute.name);
          }
          el.removeAttribute(attribute.name);
          await el.updateComplete;
        }
      }
      const working = tag === 'capture-session' ? (el as unknown as { store: typeof store }).store : store;
      await working.start();
      await until(() => el.state.status === 'live', `${tag} to show the camera after the bad values`);
      el.remove();
      working.stop();
    }
    expect(errors, 'exceptions').to.deep.equal([]);
  });

  it('turns down bad texts for setStrings() with a warning', () => {
    expect(() => setStrings(null as never)).not.to.throw();
    expect(() => setStrings('Bonjour' as never)).not.to.throw();
    expect(suite.warnings()).to.contain('setStrings() needs an object');
  });
});
