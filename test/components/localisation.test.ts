import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/camera-preview/define.js';
import type { CameraPreview } from '../../src/components/camera-preview/camera-preview.js';
import { createCaptureStore } from '../../src/core/index.js';
import { frenchStrings } from '../../src/i18n/fr.js';
import { defaultStrings } from '../../src/i18n/default-strings.js';
import { setStrings } from '../../src/i18n/strings.js';
import { elementSuite } from '../helpers/element-suite.js';
import { fakeEnv } from '../helpers/fake-media.js';
import { partOf } from '../helpers/parts.js';
import { until } from '../helpers/tracks.js';

describe('localisation', () => {
  const suite = elementSuite('camera-preview');
  afterEach(() => setStrings(defaultStrings));

  it('shows the replaced texts at once on elements already on the page, and in error messages', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
    expect(partOf(el, 'start-button')!.textContent).to.equal('Turn on camera');
    setStrings(frenchStrings);
    await el.updateComplete;
    expect(partOf(el, 'start-button')!.textContent).to.equal('Allumer la caméra');

    const media = fakeEnv();
    media.mediaDevices.failures.push(new DOMException('busy', 'NotReadableError'));
    const store = createCaptureStore({ env: media.env });
    suite.stores.push(store);
    el.store = store;
    partOf(el, 'start-button')!.click();
    await until(() => el.state.status === 'error', 'the error');
    await el.updateComplete;
    expect(partOf(el, 'message')!.textContent).to.equal(
      'Impossible de démarrer : caméra. Une autre application ou un autre onglet l’utilise peut-être : fermez-le, puis réessayez.');
    expect(partOf(el, 'start-button')!.textContent).to.equal('Réessayer');
  });

  it('has every text in the French table, with the same placeholders', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    expect(Object.keys(frenchStrings).sort()).to.deep.equal(Object.keys(defaultStrings).sort());
    for (const [key, text] of Object.entries(defaultStrings)) {
      expect(placeholders(frenchStrings[key as keyof typeof defaultStrings]), key).to.deep.equal(placeholders(text));
    }
  });
});
