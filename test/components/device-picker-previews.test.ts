import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/capture-session/define.js';
import '../../src/components/device-picker/define.js';
import type { CaptureSession } from '../../src/components/capture-session/capture-session.js';
import type { DevicePicker } from '../../src/components/device-picker/device-picker.js';
import { createCaptureStore, type DeviceKind } from '../../src/core/index.js';
import type { DeviceChangeDetail } from '../../src/events.js';
import { frenchStrings } from '../../src/i18n/fr.js';
import { defaultStrings } from '../../src/i18n/default-strings.js';
import { setStrings } from '../../src/i18n/strings.js';
import { elementSuite } from '../helpers/element-suite.js';
import { fakeEnv } from '../helpers/fake-media.js';
import { audioRuns } from '../helpers/page-resources.js';
import { partOf } from '../helpers/parts.js';
import { replace, restoreReplaced } from '../helpers/replace.js';
import { skipWithout } from '../helpers/skip.js';
import { acquiredTrackCount, acquiredTracks, getUserMediaCalls, until } from '../helpers/tracks.js';

const buttonOf = (el: DevicePicker) => partOf(el, 'previews-button') as HTMLButtonElement | null;
const listboxOf = (el: DevicePicker) => partOf(el, 'listbox');
const optionsOf = (el: DevicePicker) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="option"]')];
const thumbnailsOf = (el: DevicePicker) => [...el.shadowRoot!.querySelectorAll<HTMLVideoElement>('[part~="thumbnail"]')];
const devicesOf = (el: DevicePicker, kind: DeviceKind) => el.state.devices.filter((d) => d.kind === kind);
/** The devices of `kind`, once listed with their ids and names (after permission). */
const named = (el: DevicePicker, kind: DeviceKind) => devicesOf(el, kind).length > 0 && devicesOf(el, kind).every((d) => d.deviceId && d.label);

/** The tracks acquired since `count` (acquiredTrackCount()) that are still live. */
const liveSince = (count: number) => acquiredTracks().slice(count).filter((t) => t.readyState === 'live');
const storeTracks = (el: DevicePicker) => el.state.stream?.getTracks() ?? [];
/** The live tracks acquired since `count` that are not the store's: the previews. */
const livePreviews = (el: DevicePicker, count: number) => liveSince(count).filter((t) => !storeTracks(el).includes(t));

/** The element that has the focus, through open shadow roots. */
function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Opens the list with a click and waits for an option per device, named (opening grants access). */
async function openPreviews(el: DevicePicker, kind: DeviceKind): Promise<void> {
  await el.updateComplete;
  buttonOf(el)!.click();
  await until(() => listboxOf(el) !== null, 'the list (its code is loaded by the first picker with previews)');
  await until(() => named(el, kind), 'the devices named, once opening them granted access', 8000);
  await until(() => optionsOf(el).length === devicesOf(el, kind).length, 'an option per device');
}

/** The fill of each microphone's level, 0–1. */
const levelsOf = (el: DevicePicker) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="level"] .bar')]
  .map((bar) => Number(/scaleX\(([\d.]+)\)/.exec(bar.style.transform)?.[1] ?? 0));

describe('<device-picker previews>', () => {
  const suite = elementSuite('device-picker, capture-session');
  afterEach(restoreReplaced);
  afterEach(() => setStrings(defaultStrings));

  it('keeps the native select by default, and for speakers', async () => {
    const picker = await fixture<DevicePicker>(html`<device-picker></device-picker>`);
    expect(partOf(picker, 'select')).to.not.equal(null);
    expect(buttonOf(picker)).to.equal(null);
    const speakers = await fixture<DevicePicker>(html`<device-picker kind="audiooutput" previews></device-picker>`);
    expect(buttonOf(speakers), 'no previews for speakers').to.equal(null);
  });

  it('opens each camera on a click, never before; thumbnails play; Escape stops them all', async () => {
    const picker = await fixture<DevicePicker>(html`<device-picker previews></device-picker>`);
    await until(() => devicesOf(picker, 'videoinput').length > 0, 'the cameras listed');
    const calls = getUserMediaCalls();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(getUserMediaCalls(), 'nothing opened before the click').to.equal(calls);
    expect(partOf(picker, 'select'), 'the button replaces the select').to.equal(null);
    expect(buttonOf(picker)!.getAttribute('aria-expanded')).to.equal('false');

    const count = acquiredTrackCount();
    await openPreviews(picker, 'videoinput');
    const cameras = devicesOf(picker, 'videoinput').length;
    await until(() => livePreviews(picker, count).length === cameras, `${cameras} camera(s) live`);
    expect(liveSince(count).every((t) => t.kind === 'video'), 'only cameras').to.be.true;
    expect(picker.state.status, 'the store was not started').to.equal('idle');
    expect(buttonOf(picker)!.getAttribute('aria-expanded')).to.equal('true');
    expect(optionsOf(picker).map((o) => o.querySelector('.name')!.textContent)).to.deep.equal(devicesOf(picker, 'videoinput').map((d) => d.label));
    await until(() => thumbnailsOf(picker).every((v) => v.videoWidth > 0), 'every thumbnail playing');
    expect(focused(), 'the list has the focus').to.equal(listboxOf(picker));

    await sendKeys({ press: 'Escape' });
    await picker.updateComplete;
    expect(listboxOf(picker), 'closed').to.equal(null);
    expect(liveSince(count), 'every preview stopped').to.deep.equal([]);
    expect(focused(), 'the focus is back on the button').to.equal(buttonOf(picker));
    expect(picker.state.selected.videoinput, 'nothing chosen').to.equal(undefined);
  });

  it('opens before permission: the first preview asks for access, then the devices are named', async () => {
    // Before permission browsers list one nameless, id-less entry per kind.
    let granted = false;
    const realList = MediaDevices.prototype.enumerateDevices;
    const realOpen = MediaDevices.prototype.getUserMedia;
    const nameless = (kind: MediaDeviceKind) => ({ deviceId: '', groupId: '', kind, label: '', toJSON: () => ({}) }) as MediaDeviceInfo;
    replace(MediaDevices.prototype, 'enumerateDevices', function (this: MediaDevices) {
      return granted ? realList.call(this) : Promise.resolve([nameless('videoinput'), nameless('audioinput')]);
    });
    replace(MediaDevices.prototype, 'getUserMedia', async function (this: MediaDevices, constraints?: MediaStreamConstraints) {
      const stream = await realOpen.call(this, constraints);
      granted = true;
      return stream;
    });
    const picker = await fixture<DevicePicker>(html`<device-picker previews></device-picker>`);
    await until(() => devicesOf(picker, 'videoinput').length > 0, 'the nameless camera listed');
    await picker.updateComplete;
    expect(buttonOf(picker)!.textContent).to.contain('Camera 1');
    const calls = getUserMediaCalls();
    const count = acquiredTrackCount();
    await openPreviews(picker, 'videoinput');
    const cameras = devicesOf(picker, 'videoinput').length;
    await until(() => livePreviews(picker, count).length === cameras, `${cameras} camera(s) live`);
    expect(getUserMediaCalls() - calls, 'one call per camera: the one that asked for access is not opened again').to.equal(cameras);
    expect(optionsOf(picker).map((o) => o.querySelector('.name')!.textContent)).to.deep.equal(devicesOf(picker, 'videoinput').map((d) => d.label));
    await until(() => thumbnailsOf(picker).every((v) => v.videoWidth > 0), 'every thumbnail playing');
    await sendKeys({ press: 'Escape' });
    await picker.updateComplete;
    expect(liveSince(count), 'every preview stopped').to.deep.equal([]);
  });

  it('shows each microphone’s level, moving with its sound', async function () {
    if (!(await audioRuns())) skipWithout(this, 'a running AudioContext');
    const picker = await fixture<DevicePicker>(html`<device-picker kind="audioinput" previews></device-picker>`);
    await until(() => devicesOf(picker, 'audioinput').length > 0, 'the microphones listed');
    const count = acquiredTrackCount();
    await openPreviews(picker, 'audioinput');
    const microphones = devicesOf(picker, 'audioinput').length;
    await until(() => livePreviews(picker, count).length === microphones, `${microphones} microphone(s) live`);
    expect(levelsOf(picker)).to.have.length(microphones);
    await until(() => levelsOf(picker).some((level) => level > 0.02), 'a level above silence');
    buttonOf(picker)!.click(); // the button closes the list too
    await picker.updateComplete;
    expect(listboxOf(picker)).to.equal(null);
    expect(liveSince(count), 'every microphone stopped').to.deep.equal([]);
  });

  it('shows the store’s own device from its stream, not opened again; closing leaves it live', async () => {
    const session = await fixture<CaptureSession>(html`
      <capture-session autostart><device-picker previews></device-picker></capture-session>`);
    const picker = session.querySelector('device-picker')!;
    await until(() => session.state.status === 'live' && named(picker, 'videoinput'), 'live, cameras named');
    const storeTrack = session.state.stream!.getVideoTracks()[0];
    const calls = getUserMediaCalls();
    const count = acquiredTrackCount();
    const cameras = devicesOf(picker, 'videoinput').length;
    await openPreviews(picker, 'videoinput');
    await until(() => livePreviews(picker, count).length === cameras - 1, `the ${cameras - 1} other camera(s) live`);
    await until(() => thumbnailsOf(picker).every((v) => v.videoWidth > 0), 'every thumbnail playing');
    expect(getUserMediaCalls() - calls, 'getUserMedia calls: one per camera the store does not use').to.equal(cameras - 1);
    const current = optionsOf(picker).find((o) => o.getAttribute('aria-selected') === 'true')!;
    const shown = current.querySelector('video')!.srcObject as MediaStream;
    expect(shown.getVideoTracks()[0], 'the store’s track in its option').to.equal(storeTrack);

    current.click(); // the device in use: nothing to switch
    await picker.updateComplete;
    expect(listboxOf(picker)).to.equal(null);
    expect(liveSince(count), 'every preview stopped').to.deep.equal([]);
    expect(storeTrack.readyState, 'the store’s camera still live').to.equal('live');
    expect(session.state.stream!.getVideoTracks()[0]).to.equal(storeTrack);
  });

  it('moves with the keys (a store of two cameras the browser does not have: each says why it cannot open)', async () => {
    const media = fakeEnv();
    const store = createCaptureStore({ env: media.env });
    suite.stores.push(store);
    await store.start();
    const picker = await fixture<DevicePicker>(html`<device-picker previews .store=${store}></device-picker>`);
    await until(() => devicesOf(picker, 'videoinput').length === 2, 'the two cameras');
    await picker.updateComplete;
    const events: DeviceChangeDetail[] = [];
    picker.addEventListener('capture-device-change', (event) => events.push(event.detail));
    buttonOf(picker)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await picker.updateComplete;
    const listbox = listboxOf(picker)!;
    expect(focused(), 'ArrowDown on the button opened the list').to.equal(listbox);
    const active = () => listbox.getAttribute('aria-activedescendant');
    const [front, usb] = optionsOf(picker);
    expect(front.getAttribute('aria-selected'), 'the store’s camera is selected').to.equal('true');
    expect(active()).to.equal(front.id);
    await until(() => usb.querySelector('.failure')?.textContent === 'Cannot open: not connected', 'the other camera’s failure');
    for (const [key, expected] of [['ArrowDown', usb], ['ArrowDown', usb], ['Home', front], ['ArrowUp', front], ['End', usb]] as const) {
      await sendKeys({ press: key });
      await picker.updateComplete;
      expect(active(), `after ${key}`).to.equal(expected.id);
    }
    await sendKeys({ press: ' ' });
    await picker.updateComplete;
    expect(listboxOf(picker), 'Space chose and closed').to.equal(null);
    expect(focused()).to.equal(buttonOf(picker));
    await until(() => events.length > 0, 'capture-device-change');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(store.getState().selected.videoinput).to.equal('cam-2');
    expect(events).to.deep.equal([{ kind: 'videoinput', deviceId: 'cam-2', label: 'USB Camera' }]);
  });

  it('moves with the arrow keys, Home and End; Enter chooses, once', async function () {
    const session = await fixture<CaptureSession>(html`
      <capture-session autostart audio>
        <device-picker previews></device-picker><device-picker kind="audioinput" previews></device-picker>
      </capture-session>`);
    const pickers = [...session.querySelectorAll('device-picker')];
    await until(() => session.state.status === 'live' && named(pickers[0], 'videoinput') && named(pickers[1], 'audioinput'), 'live, devices named');
    const picker = pickers.find((p) => devicesOf(p, p.kind).length > 1);
    if (!picker) skipWithout(this, 'a second camera or microphone');
    const kind = picker.kind;
    const media = kind === 'videoinput' ? 'video' : 'audio';
    const storeTrack = session.state.stream!.getTracks().find((t) => t.kind === media)!;
    const count = acquiredTrackCount();
    const events: DeviceChangeDetail[] = [];
    session.addEventListener('capture-device-change', (event) => events.push(event.detail));

    buttonOf(picker)!.focus();
    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
    const listbox = listboxOf(picker)!;
    expect(focused(), 'Enter on the button opened the list and focused it').to.equal(listbox);
    const options = optionsOf(picker);
    const activeIndex = () => options.findIndex((o) => o.id === listbox.getAttribute('aria-activedescendant'));
    const selectedIndex = options.findIndex((o) => o.getAttribute('aria-selected') === 'true');
    expect(selectedIndex, 'the device in use is selected').to.be.at.least(0);
    expect(activeIndex(), 'starts on the selected option').to.equal(selectedIndex);
    await sendKeys({ press: 'End' });
    await picker.updateComplete;
    expect(activeIndex()).to.equal(options.length - 1);
    await sendKeys({ press: 'ArrowDown' });
    await picker.updateComplete;
    expect(activeIndex(), 'stops at the end').to.equal(options.length - 1);
    await sendKeys({ press: 'Home' });
    await picker.updateComplete;
    expect(activeIndex()).to.equal(0);
    await sendKeys({ press: 'ArrowUp' });
    await picker.updateComplete;
    expect(activeIndex(), 'stops at the start').to.equal(0);
    if (selectedIndex === 0) {
      await sendKeys({ press: 'ArrowDown' });
      await picker.updateComplete;
      expect(activeIndex()).to.equal(1);
    }
    const chosen = devicesOf(picker, kind)[activeIndex()];
    expect(storeTrack.readyState, 'the store’s device untouched while looking').to.equal('live');
    expect(session.state.selected[kind], 'nothing chosen while looking').to.equal(undefined);

    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
    expect(listboxOf(picker), 'closed').to.equal(null);
    expect(focused(), 'the focus is back on the button').to.equal(buttonOf(picker));
    await until(() => session.state.selected[kind] === chosen.deviceId && events.length > 0, 'the choice');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events).to.deep.equal([{ kind, deviceId: chosen.deviceId, label: chosen.label }]);
    const newTrack = session.state.stream!.getTracks().find((t) => t.kind === media)!;
    expect(newTrack.getSettings().deviceId, 'the store switched').to.equal(chosen.deviceId);
    expect(liveSince(count).filter((t) => t !== newTrack), 'no preview left live').to.deep.equal([]);
    expect(buttonOf(picker)!.textContent).to.contain(chosen.label);
  });

  it('stops every preview when the picker leaves the page, also those still opening', async () => {
    const picker = await fixture<DevicePicker>(html`<device-picker previews></device-picker>`);
    await until(() => devicesOf(picker, 'videoinput').length > 0, 'the cameras listed');
    let count = acquiredTrackCount();
    await openPreviews(picker, 'videoinput');
    await until(() => livePreviews(picker, count).length === devicesOf(picker, 'videoinput').length, 'the cameras live');
    picker.remove();
    await Promise.resolve();
    expect(liveSince(count), 'every preview stopped').to.deep.equal([]);

    // Opened and removed at once: the streams arrive after it left, and are stopped then.
    document.body.append(picker);
    await until(() => devicesOf(picker, 'videoinput').length > 0, 'the cameras listed again');
    await picker.updateComplete;
    const calls = getUserMediaCalls();
    count = acquiredTrackCount();
    buttonOf(picker)!.click();
    await picker.updateComplete;
    picker.remove();
    expect(getUserMediaCalls(), 'previews were opening').to.be.above(calls);
    await until(() => acquiredTrackCount() - count === getUserMediaCalls() - calls, 'every opening answered', 8000);
    expect(liveSince(count), 'every late preview stopped').to.deep.equal([]);
  });

  it('says why a device could not open, in the strings in force, without throwing', async () => {
    const picker = await fixture<DevicePicker>(html`<device-picker previews></device-picker>`);
    await until(() => devicesOf(picker, 'videoinput').length > 0, 'the cameras listed');
    const real = MediaDevices.prototype.getUserMedia;
    replace(MediaDevices.prototype, 'getUserMedia', function (this: MediaDevices, constraints?: MediaStreamConstraints) {
      if (constraints?.video) return Promise.reject(new DOMException('Could not start video source', 'NotReadableError'));
      return real.call(this, constraints);
    });
    const errors: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
    addEventListener('unhandledrejection', onRejection);
    try {
      buttonOf(picker)!.click();
      await picker.updateComplete;
      // Before permission the request for access fails; after it, each camera's own.
      const failures = () => optionsOf(picker).map((o) => o.querySelector('.failure')?.textContent ?? '');
      await until(() => failures().every(Boolean), 'the failures shown');
      expect(new Set(failures())).to.deep.equal(new Set(['Cannot open: in use by another app']));
      expect(listboxOf(picker), 'the list stays open').to.not.equal(null);
      setStrings(frenchStrings);
      await picker.updateComplete;
      expect(new Set(failures())).to.deep.equal(new Set(['Ouverture impossible : utilisé par une autre application']));
    } finally {
      removeEventListener('unhandledrejection', onRejection);
    }
    expect(errors, 'nothing thrown').to.deep.equal([]);
  });

  it('works when previews is set as a property after connecting', async () => {
    const picker = await fixture<DevicePicker>(html`<device-picker></device-picker>`);
    await until(() => devicesOf(picker, 'videoinput').length > 0, 'the cameras listed');
    picker.previews = true;
    await picker.updateComplete;
    expect(picker.hasAttribute('previews'), 'reflected').to.be.true;
    expect(partOf(picker, 'select')).to.equal(null);
    const count = acquiredTrackCount();
    await openPreviews(picker, 'videoinput');
    await until(() => livePreviews(picker, count).length === devicesOf(picker, 'videoinput').length, 'the cameras live');
    picker.previews = false; // turned off while open: the list closes
    await picker.updateComplete;
    expect(partOf(picker, 'select')).to.not.equal(null);
    expect(liveSince(count), 'every preview stopped').to.deep.equal([]);
  });

  it('is accessible with the list open', async () => {
    const picker = await fixture<DevicePicker>(html`<device-picker previews></device-picker>`);
    await until(() => devicesOf(picker, 'videoinput').length > 0, 'the cameras listed');
    await expect(picker).to.be.accessible();
    const count = acquiredTrackCount();
    await openPreviews(picker, 'videoinput');
    await until(() => livePreviews(picker, count).length === devicesOf(picker, 'videoinput').length, 'the cameras live');
    await expect(picker).to.be.accessible();
  });
});
