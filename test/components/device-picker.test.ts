import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/capture-session/define.js';
import '../../src/components/device-picker/define.js';
import type { CaptureSession } from '../../src/components/capture-session/capture-session.js';
import type { DevicePicker } from '../../src/components/device-picker/device-picker.js';
import { createCaptureStore } from '../../src/core/index.js';
import { elementSuite } from '../helpers/element-suite.js';
import { fakeEnv } from '../helpers/fake-media.js';
import { until } from '../helpers/tracks.js';
import { nextEvent } from '../helpers/events.js';
import { partOf } from '../helpers/parts.js';
import { skipWithout } from '../helpers/skip.js';

const selectOf = (el: DevicePicker) => el.shadowRoot!.querySelector('select')!;
const optionTexts = (el: DevicePicker) => [...selectOf(el).options].map((o) => (o.textContent ?? '').trim());

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

describe('<device-picker>', () => {
  const suite = elementSuite('capture-session, device-picker');

  it('lists the cameras with labels once live, under a visible label', async () => {
    const session = await fixture<CaptureSession>(html`
      <capture-session autostart><device-picker></device-picker></capture-session>`);
    const picker = session.querySelector('device-picker')!;
    await until(() => session.state.status === 'live' && session.state.devices.some((d) => d.label), 'live with labels');
    await picker.updateComplete;
    expect(partOf(picker, 'label')!.textContent).to.equal('Camera');
    const cameraLabels = session.state.devices.filter((d) => d.kind === 'videoinput').map((d) => d.label);
    expect(optionTexts(picker)).to.deep.equal(cameraLabels);
    expect(selectOf(picker).value).to.equal(session.state.tracks.video!.settings.deviceId);
    await expect(picker).to.be.accessible();
  });

  it('switches the microphone: the old track ends, the new one is live, capture-device-change says which', async function () {
    const session = await fixture<CaptureSession>(html`
      <capture-session autostart audio><device-picker kind="audioinput" label="Your microphone"></device-picker></capture-session>`);
    const picker = session.querySelector('device-picker')!;
    await until(() => session.state.status === 'live' && session.state.devices.some((d) => d.label), 'live with labels');
    await picker.updateComplete;
    expect(partOf(picker, 'label')!.textContent).to.equal('Your microphone');
    const oldTrack = session.state.stream!.getAudioTracks()[0];
    const other = [...selectOf(picker).options].find((o) => o.value && o.value !== oldTrack.getSettings().deviceId);
    if (!other) skipWithout(this, 'a second microphone');
    const changed = nextEvent(picker, 'capture-device-change');
    choose(selectOf(picker), other.value);
    const { detail } = await changed;
    expect(detail).to.deep.equal({ kind: 'audioinput', deviceId: other.value, label: other.textContent.trim() });
    expect(session.state.selected.audioinput).to.equal(other.value);
    expect(oldTrack.readyState).to.equal('ended');
    const newTrack = session.state.stream!.getAudioTracks()[0];
    expect(newTrack.readyState).to.equal('live');
    expect(newTrack.getSettings().deviceId).to.equal(other.value);
  });

  it('names unlabelled devices "Camera 1"… before permission and offers to allow access', async () => {
    const media = fakeEnv();
    media.mediaDevices.devices.forEach((d) => (d.label = ''));
    const store = createCaptureStore({ env: media.env });
    suite.stores.push(store);
    const picker = await fixture<DevicePicker>(html`<device-picker .store=${store}></device-picker>`);
    await until(() => store.getState().devices.length > 0, 'the list');
    await picker.updateComplete;
    expect(optionTexts(picker)).to.deep.equal(['Camera 1', 'Camera 2']);
    const grant = partOf(picker, 'grant-button')!;
    expect(grant.textContent).to.equal('Allow access to see device names');
    await expect(picker).to.be.accessible();
    media.mediaDevices.devices.forEach((d, i) => (d.label = `Device ${i}`));
    grant.click();
    await until(() => store.getState().status === 'live', 'live');
    await until(() => optionTexts(picker)[0] === 'Device 0', 'the real names');
    await picker.updateComplete;
    expect(partOf(picker, 'grant-button')).to.equal(null);
  });

  it('follows devicechange: a new camera appears; the chosen one leaving falls back with a message', async () => {
    const media = fakeEnv();
    const store = createCaptureStore({ env: media.env });
    suite.stores.push(store);
    const picker = await fixture<DevicePicker>(html`<device-picker .store=${store}></device-picker>`);
    await until(() => store.getState().devices.length > 0, 'the list');
    media.mediaDevices.plug('videoinput', 'cam-3', 'Document Camera');
    await until(() => optionTexts(picker).includes('Document Camera'), 'the new camera in the list');
    choose(selectOf(picker), 'cam-3');
    await until(() => store.getState().selected.videoinput === 'cam-3', 'the choice');
    media.mediaDevices.unplug('cam-3');
    await until(() => !optionTexts(picker).includes('Document Camera'), 'the camera gone from the list');
    await picker.updateComplete;
    expect(partOf(picker, 'note')!.textContent).to.contain('“Document Camera” is no longer available');
    expect(selectOf(picker).value).to.equal('cam-1');
  });

  it('says so where the browser cannot choose a speaker, instead of a dead list', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'setSinkId');
    // A browser without setSinkId (Safari before 18.4, older Firefox).
    if (descriptor) delete (HTMLMediaElement.prototype as Partial<HTMLMediaElement>).setSinkId;
    try {
      const picker = await fixture<DevicePicker>(html`<device-picker kind="audiooutput"></device-picker>`);
      expect(selectOf(picker)).to.equal(null);
      expect(partOf(picker, 'note')!.textContent).to.equal('This browser cannot choose where sound plays.');
      await expect(picker).to.be.accessible();
    } finally {
      if (descriptor) Object.defineProperty(HTMLMediaElement.prototype, 'setSinkId', descriptor);
    }
  });

  it('lists speakers where the browser can choose one', async function () {
    if (!('setSinkId' in HTMLMediaElement.prototype)) skipWithout(this, 'no setSinkId');
    const media = fakeEnv();
    const store = createCaptureStore({ env: media.env });
    suite.stores.push(store);
    const picker = await fixture<DevicePicker>(html`<device-picker kind="audiooutput" .store=${store}></device-picker>`);
    await until(() => optionTexts(picker).includes('Speakers'), 'the speaker');
    expect(partOf(picker, 'label')!.textContent).to.equal('Speaker');
  });

  it('warns about an unknown kind and behaves as a camera picker', async () => {
    const media = fakeEnv();
    const store = createCaptureStore({ env: media.env });
    suite.stores.push(store);
    const picker = await fixture<DevicePicker>(html`<device-picker kind="webcam" .store=${store}></device-picker>`);
    expect(picker.kind).to.equal('videoinput');
    expect(suite.warnings()).to.contain('<device-picker>: kind="webcam"');
    await until(() => optionTexts(picker).includes('Front Camera'), 'the cameras');
  });
});
