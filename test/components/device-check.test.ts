import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/capture-session/define.js';
import type { DeviceCheck } from '../../src/components/device-check/device-check.js';
import type { CaptureSession } from '../../src/components/capture-session/capture-session.js';
import { checkText, ranCheck } from '../helpers/device-check.js';
import { elementSuite } from '../helpers/element-suite.js';
import { partOf } from '../helpers/parts.js';
import { replace, restoreReplaced } from '../helpers/replace.js';
import { skipWithout } from '../helpers/skip.js';
import { getUserMediaCalls, until } from '../helpers/tracks.js';

const audioRuns = async () => {
  const context = new AudioContext();
  await Promise.race([context.resume(), new Promise((resolve) => setTimeout(resolve, 1000))]);
  const running = context.state === 'running';
  await context.close();
  return running;
};

/** The pre-call check: each verdict in words, a report as JSON, nothing left on. */
describe('<device-check>', () => {
  elementSuite('device-check, capture-session');
  afterEach(restoreReplaced);

  it('asks for nothing until the person starts it; says what it will check', async () => {
    const calls = getUserMediaCalls();
    const el = await fixture<DeviceCheck>(html`<device-check></device-check>`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(getUserMediaCalls() - calls, 'getUserMedia calls').to.equal(0);
    expect(partOf(el, 'start-button')!.textContent).to.equal('Check my camera, microphone and speaker');
    expect(el.getReport().camera).to.include({ status: 'warning', code: 'not-checked' });
    expect(checkText(el, 'camera')).to.equal('Not checked yet.');
    await expect(el).to.be.accessible();
  });

  it('checks a working camera and microphone: verdicts, figures, events and words', async () => {
    const { el, told } = await ranCheck();
    const report = el.getReport();
    expect(report.camera, 'the camera').to.include({ status: 'ok', code: 'ok', black: false, frozen: false });
    expect(report.camera.frames, 'frames seen').to.be.above(5);
    expect(report.camera.width, 'width').to.be.above(0);
    expect(checkText(el, 'camera')).to.match(/^Your camera works: \d+×\d+, [\d.]+ frames a second\.$/);
    if (await audioRuns()) {
      expect(report.microphone, `the microphone: ${JSON.stringify(report.microphone)}`).to.include({ status: 'ok', code: 'ok' });
      expect(report.microphone.peakLevel).to.be.above(3);
      expect(checkText(el, 'microphone')).to.equal('Your microphone works.');
    } else {
      expect(report.microphone, 'a level this browser cannot measure').to.include({ status: 'warning', code: 'not-measured' });
    }
    expect(report.browser.features.getUserMedia).to.be.true;
    expect(report.permissions.status, 'the permissions once live').to.equal('ok');
    expect(told.map((t) => t.check).sort(), `one event per verdict: ${JSON.stringify(told.map((t) => [t.check, t.code]))}`).to.deep.equal(['browser', 'camera', 'microphone', 'permissions']);
    const camera = told.find((t) => t.check === 'camera')!;
    expect(camera.report).to.deep.equal(report.camera);
    expect(el.shadowRoot!.querySelector('[data-check="camera"]')!.getAttribute('data-status')).to.equal('ok');
    expect(JSON.parse(JSON.stringify(report)), 'plain JSON').to.deep.equal(report);
    await expect(el).to.be.accessible();
  });

  it('the speaker: plays the test sound, then takes the person’s answer', async function () {
    const { el, told } = await ranCheck();
    partOf(el, 'play-sound-button')!.click();
    await until(() => partOf(el, 'heard-button') !== null || el.getReport().speaker.code === 'cannot-play', 'the question after the sound', 8000);
    if (el.getReport().speaker.code === 'cannot-play') {
      expect(checkText(el, 'speaker')).to.match(/^The test sound could not be played \(.+\)\.$/);
      skipWithout(this, 'a media element that plays sound to its end');
    }
    expect(el.getReport().speaker).to.include({ status: 'warning', code: 'not-confirmed', played: true });
    partOf(el, 'not-heard-button')!.click();
    await el.updateComplete;
    expect(el.getReport().speaker).to.include({ status: 'fail', code: 'not-heard', heard: false });
    expect(checkText(el, 'speaker')).to.equal('The sound did not reach you: turn the volume up, or choose another speaker.');
    partOf(el, 'heard-button')!.click();
    await el.updateComplete;
    expect(el.getReport().speaker).to.include({ status: 'ok', code: 'ok', heard: true });
    expect(told.filter((t) => t.check === 'speaker').map((t) => t.code), 'told each answer').to.deep.equal(['not-confirmed', 'not-heard', 'ok']);
  });

  it('shows its devices while the browser asks for them (a prompt left open), then checks them', async () => {
    let answer = () => {};
    const answered = new Promise<void>((resolve) => { answer = resolve; });
    const getUserMedia = MediaDevices.prototype.getUserMedia;
    replace(MediaDevices.prototype, 'getUserMedia', async function (this: MediaDevices, constraints?: MediaStreamConstraints) {
      await answered; // the person has not answered the browser's prompt yet
      return getUserMedia.call(this, constraints);
    });
    const el = await fixture<DeviceCheck>(html`<device-check check-seconds="1"></device-check>`);
    const devices = el.shadowRoot!.querySelector<HTMLElement>('.devices')!;
    expect(devices.hidden, 'no devices shown before the start').to.be.true;
    partOf(el, 'start-button')!.click();
    await until(() => !devices.hidden, 'the devices shown while the browser asks');
    expect(el.state.status, 'still asking').to.equal('acquiring');
    expect(partOf(el, 'start-button')!.textContent, 'the start is taken').to.equal('Check again');
    answer();
    await until(() => el.getReport().camera.code !== 'not-checked', 'the camera checked', 8000);
  });

  it('copies the report as JSON', async () => {
    const { el } = await ranCheck();
    let copied = '';
    replace(navigator.clipboard, 'writeText', (text: string) => {
      copied = text;
      return Promise.resolve();
    });
    partOf(el, 'copy-button')!.click();
    await until(() => copied !== '', 'the report copied');
    const report = JSON.parse(copied) as ReturnType<DeviceCheck['getReport']>;
    expect(Object.keys(report).sort()).to.deep.equal(['browser', 'camera', 'checkedAt', 'microphone', 'permissions', 'speaker']);
    expect(report.camera, 'the camera').to.include({ status: 'ok' });
    await until(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent === 'Report copied', 'said');
  });

  it('in a <capture-session>: uses its camera and microphone, opening nothing more', async () => {
    const calls = getUserMediaCalls();
    const session = await fixture<CaptureSession>(html`<capture-session autostart audio><device-check check-seconds="2" autostart></device-check></capture-session>`);
    const el = session.querySelector('device-check')!;
    await until(() => el.getReport().camera.code !== 'not-checked', 'the camera checked', 8000);
    expect(el.getReport().camera, 'the camera').to.include({ status: 'ok' });
    expect(getUserMediaCalls() - calls, 'getUserMedia calls: the session’s one').to.equal(1);
  });

  it('removed in the middle of a check: lets go of everything, says nothing more', async () => {
    const el = await fixture<DeviceCheck>(html`<device-check check-seconds="5"></device-check>`);
    const told: string[] = [];
    el.addEventListener('capture-check', (event) => told.push(event.detail.check));
    partOf(el, 'start-button')!.click();
    await until(() => el.state.status === 'live', 'live');
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(told.filter((check) => check === 'camera'), 'no camera verdict after leaving').to.deep.equal([]);
  });

  it('inside a frame the embedding page does not allow the camera: says that page must allow it', async () => {
    const frame = Object.assign(document.createElement('iframe'), { src: '/test/pages/device-check-page.html' });
    frame.allow = "camera 'none'; microphone 'none'";
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      let el: DeviceCheck | null = null;
      await until(() => Boolean((el = frame.contentDocument!.querySelector('device-check'))?.shadowRoot), 'the check in the frame');
      const check = el!;
      partOf(check, 'start-button')!.click();
      await until(() => check.state.status === 'error', 'the request refused', 5000);
      await check.updateComplete;
      const { permissions } = check.getReport();
      expect(permissions.framed, 'in a frame').to.be.true;
      expect(permissions.status).to.equal('fail');
      // Chromium reads the frame's policy; the others only see a refusal inside a frame.
      expect(permissions.code).to.be.oneOf(['blocked-by-embedding-page', 'denied-in-frame']);
      expect(checkText(check, 'permissions')).to.contain('allow="camera; microphone"');
    } finally {
      frame.remove();
    }
  });

  it('moved in the middle of a check: the check goes on; removed and put back: the devices are checked again', async () => {
    const el = await fixture<DeviceCheck>(html`<device-check check-seconds="1"></device-check>`);
    partOf(el, 'start-button')!.click();
    await until(() => el.state.status === 'live', 'live');
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(el); // moved, as a framework reordering does
    await until(() => el.getReport().camera.code !== 'not-checked', 'the camera checked after the move', 6000);
    expect(el.getReport().camera.status).to.equal('ok');
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 100));
    elsewhere.append(el);
    await el.updateComplete;
    partOf(el, 'start-button')!.click();
    await until(() => el.shadowRoot!.textContent.includes('Checking…'), 'checking again once back');
    await until(() => !el.shadowRoot!.textContent.includes('Checking…'), 'checked again once back', 8000);
    // What the measurement saw (on a loaded machine a camera starved of frames for the 1 s may be judged frozen).
    expect(el.getReport().camera.code, 'the camera checked again').to.be.oneOf(['ok', 'frozen', 'low-frame-rate']);
    el.remove();
    elsewhere.remove();
  });
});
