import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/camera-preview/define.js';
import type { CameraPreview } from '../../src/components/camera-preview/camera-preview.js';
import '../../src/components/device-picker/define.js';
import type { DevicePicker } from '../../src/components/device-picker/device-picker.js';
import { createCaptureStore } from '../../src/core/index.js';
import { frenchStrings } from '../../src/i18n/fr.js';
import { defaultStrings } from '../../src/i18n/default-strings.js';
import { setStrings } from '../../src/i18n/strings.js';
import { elementSuite } from '../helpers/element-suite.js';
import { fakeEnv } from '../helpers/fake-media.js';
import { announcementOf, partOf } from '../helpers/parts.js';
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

  it('changes an error already on screen at once: the store carries a code, the element chooses the words', async () => {
    const media = fakeEnv();
    media.mediaDevices.failures.push(new DOMException('Permission denied', 'NotAllowedError'));
    const store = createCaptureStore({ env: media.env });
    suite.stores.push(store);
    const el = await fixture<CameraPreview>(html`<camera-preview .store=${store}></camera-preview>`);
    partOf(el, 'start-button')!.click();
    await until(() => el.state.status === 'error', 'the error');
    await el.updateComplete;
    expect(partOf(el, 'message')!.textContent).to.match(/^Access to the camera was blocked/);
    expect(announcementOf(el)).to.match(/^Access to the camera was blocked/);
    setStrings(frenchStrings);
    await el.updateComplete;
    expect(partOf(el, 'message')!.textContent).to.match(/^L’accès à : caméra a été bloqué/);
    expect(announcementOf(el)).to.match(/^L’accès à : caméra a été bloqué/);
    expect(el.state.error!.message, 'the developer message stays as it was').to.equal('permission-denied (camera): Permission denied');
  });

  it('changes a notice already on screen at once', async () => {
    const media = fakeEnv();
    const store = createCaptureStore({ env: media.env });
    suite.stores.push(store);
    const picker = await fixture<DevicePicker>(html`<device-picker .store=${store}></device-picker>`);
    await until(() => store.getState().devices.length > 0, 'the device list');
    await store.selectDevice('videoinput', 'cam-2');
    media.mediaDevices.unplug('cam-2');
    await until(() => store.getState().notice !== null, 'the notice');
    await picker.updateComplete;
    expect(partOf(picker, 'note')!.textContent).to.equal('The chosen device “USB Camera” is no longer available; using the default one.');
    setStrings(frenchStrings);
    await picker.updateComplete;
    expect(partOf(picker, 'note')!.textContent).to.equal('L’équipement choisi « USB Camera » n’est plus disponible ; celui par défaut est utilisé.');
    picker.remove();
  });

  it('has every text in the French table, with the same placeholders', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    expect(Object.keys(frenchStrings).sort()).to.deep.equal(Object.keys(defaultStrings).sort());
    for (const [key, text] of Object.entries(defaultStrings)) {
      expect(placeholders(frenchStrings[key as keyof typeof defaultStrings]), key).to.deep.equal(placeholders(text));
    }
  });
});
