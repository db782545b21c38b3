import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/screen-capture/define.js';
import '../../src/components/capture-session/define.js';
import type { ScreenCapture } from '../../src/components/screen-capture/screen-capture.js';
import type { CaptureErrorEvent, CapturePhotoEvent } from '../../src/events.js';
import { clickLikeAPerson, liveSharedTracks, recordSharedTracks, screenCanBeShared } from '../helpers/display.js';
import { elementSuite } from '../helpers/element-suite.js';
import { trackEventsCanBeFaked } from '../helpers/fake-media.js';
import { partOf } from '../helpers/parts.js';
import { replace, restoreReplaced } from '../helpers/replace.js';
import { expectSeekableFile } from '../helpers/clip-file.js';
import { skipWithout } from '../helpers/skip.js';
import { until } from '../helpers/tracks.js';
import { clipFrame, describeRgb, isColour, paintedCamera, pixelAt, red, StreamViewer, stopPaintedTracks } from '../helpers/pixels.js';
import { videoRecordingHasBytes } from '../helpers/recording.js';
import { createCaptureStore } from '../../src/core/index.js';
import type { CaptureSession } from '../../src/components/capture-session/capture-session.js';
import { bubbleRect } from '../../src/components/screen-capture/composite-pipeline.js';
import type { CaptureClip, RecordingChunk } from '../../src/types.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const statusOf = (el: ScreenCapture) => partOf(el, 'status')!.textContent.trim();
const videoOf = (el: ScreenCapture) => partOf(el, 'video') as HTMLVideoElement;

/** Presses "Share screen" and waits for the sharing to go live. */
async function share(el: ScreenCapture): Promise<void> {
  await el.updateComplete;
  await clickLikeAPerson(partOf(el, 'share-button')!);
  await until(() => el.displayState.status === 'live', 'sharing live', 8000);
  await until(() => videoOf(el).videoWidth > 0, 'the preview playing');
  await el.updateComplete;
}

describe('<screen-capture>', () => {
  const suite = elementSuite('screen-capture, capture-session');
  before(recordSharedTracks);
  afterEach(() => {
    restoreReplaced();
    stopPaintedTracks();
    expect(liveSharedTracks(), 'shared tracks still live').to.deep.equal([]);
  });

  it('asks for nothing until the person presses "Share screen"', async () => {
    const calls: unknown[] = [];
    const real = MediaDevices.prototype.getDisplayMedia;
    replace(MediaDevices.prototype, 'getDisplayMedia', function (this: MediaDevices, options?: DisplayMediaStreamOptions) {
      calls.push(options);
      return real.call(this, options);
    });
    const el = await fixture<ScreenCapture>(html`<screen-capture></screen-capture>`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls, 'no picker opened by itself').to.deep.equal([]);
    expect(statusOf(el)).to.equal('Not sharing');
    expect(partOf(el, 'share-button')!.textContent).to.equal('Share screen');
    await expect(el).to.be.accessible();
  });

  it('says to share first when a screenshot is asked for with nothing shared', async () => {
    const el = await fixture<ScreenCapture>(html`<screen-capture></screen-capture>`);
    const errors: CaptureErrorEvent[] = [];
    el.addEventListener('capture-error', (event) => errors.push(event));
    const refused = await el.takeScreenshot().then(() => null, (error: Error) => error);
    expect(refused).to.include({ code: 'not-live' });
    await el.updateComplete;
    expect(statusOf(el)).to.equal('Share the screen before taking a screenshot.');
    expect(errors.map((e) => e.operation)).to.deep.equal(['photo']);
  });

  describe('sharing', () => {
    beforeEach(async function () {
      if (!(await screenCanBeShared())) skipWithout(this, 'getDisplayMedia answering without a person');
    });

    it('shows what is shared with its kind, and "Stop sharing" ends it', async () => {
      const el = await fixture<ScreenCapture>(html`<screen-capture></screen-capture>`);
      await share(el);
      expect(statusOf(el)).to.match(/^Sharing your screen/);
      const [track] = el.displayState.stream!.getVideoTracks();
      await expect(el).to.be.accessible();
      partOf(el, 'stop-button')!.click();
      await el.updateComplete;
      expect(track.readyState).to.equal('ended');
      expect(statusOf(el)).to.equal('Not sharing');
      expect(partOf(el, 'share-button'), 'ready to share again').to.exist;
    });

    it('passes its attributes to the picker, also when set after connecting', async () => {
      const asked: DisplayMediaStreamOptions[] = [];
      const real = MediaDevices.prototype.getDisplayMedia;
      replace(MediaDevices.prototype, 'getDisplayMedia', function (this: MediaDevices, options?: DisplayMediaStreamOptions) {
        asked.push(options ?? {});
        return real.call(this, options);
      });
      const el = await fixture<ScreenCapture>(html`<screen-capture></screen-capture>`);
      el.setAttribute('audio', '');
      el.setAttribute('surface-switching', 'include');
      el.setAttribute('self-browser-surface', 'exclude');
      el.displaySurface = 'window'; // what a framework does
      el.monitorTypeSurfaces = 'include';
      await share(el);
      expect(asked[0]).to.deep.include({ audio: true, surfaceSwitching: 'include', selfBrowserSurface: 'exclude', monitorTypeSurfaces: 'include' });
      expect(asked[0].video).to.deep.equal({ displaySurface: 'window' });
    });

    it('goes back quietly when sharing is stopped from the browser, and says so', async function () {
      if (!trackEventsCanBeFaked()) skipWithout(this, 'events dispatched on tracks (to stand in for the browser’s Stop sharing bar)');
      const el = await fixture<ScreenCapture>(html`<screen-capture></screen-capture>`);
      const errors: CaptureErrorEvent[] = [];
      el.addEventListener('capture-error', (event) => errors.push(event));
      await share(el);
      el.displayState.stream!.getVideoTracks()[0].dispatchEvent(new Event('ended'));
      await el.updateComplete;
      expect(el.displayState.status).to.equal('idle');
      expect(statusOf(el)).to.equal('Not sharing');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Screen sharing stopped.');
      expect(errors, 'not an error').to.deep.equal([]);
    });

    it('takes a screenshot at the shared size, as a photo in the gallery, cancelable like the booth’s', async () => {
      const el = await fixture<ScreenCapture>(html`<screen-capture></screen-capture>`);
      await share(el);
      const events: CapturePhotoEvent[] = [];
      el.addEventListener('capture-photo', (event) => events.push(event));
      const photo = await el.takeScreenshot();
      const { width, height } = el.displayState.surface!;
      expect([photo.width, photo.height]).to.deep.equal([width, height]);
      const bitmap = await createImageBitmap(photo.blob);
      expect([bitmap.width, bitmap.height, photo.blob.type]).to.deep.equal([width, height, 'image/png']);
      expect(events.map((e) => e.detail)).to.deep.equal([photo]);
      await el.updateComplete;
      expect(el.items).to.deep.equal([photo]);
      expect(partOf(el, 'gallery')!.querySelectorAll('img')).to.have.length(1);
      el.addEventListener('capture-photo', (event) => event.preventDefault(), { once: true });
      await el.takeScreenshot();
      expect(el.items, 'a prevented screenshot is the page’s').to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('says why the whole surface is shared when crop-to cannot crop it', async () => {
      // A fake screen (not this tab): nothing of this page to crop to.
      const el = await fixture<ScreenCapture>(html`<screen-capture crop-to="nowhere"></screen-capture>`);
      await share(el);
      await until(() => partOf(el, 'notice') !== null, 'the crop notice');
      expect(partOf(el, 'notice')!.textContent).to.match(/cannot crop|Nothing to crop to|needs this page’s own tab/);
      expect(el.displayState.status, 'still sharing').to.equal('live');
    });

    it('stops sharing when it leaves the page, not when it moves', async () => {
      const el = await fixture<ScreenCapture>(html`<screen-capture></screen-capture>`);
      await share(el);
      const [track] = el.displayState.stream!.getVideoTracks();
      const other = document.createElement('div');
      document.body.append(other);
      other.append(el);
      await Promise.resolve();
      expect(track.readyState, 'moved').to.equal('live');
      other.remove();
      await Promise.resolve();
      await Promise.resolve();
      expect(track.readyState, 'removed').to.equal('ended');
    });
  });

  describe('recording', function () {
    // WebKitGTK's recordings are slow to start and stop, and a new viewer of a canvas stream
    // waits seconds for its first frame there (measured: 8 s): time for a loaded machine.
    this.timeout(40_000);

    beforeEach(async function () {
      if (!(await screenCanBeShared())) skipWithout(this, 'getDisplayMedia answering without a person');
    });

    /** A session whose camera is red (a painted stand-in), with a screen capture inside, sharing. */
    async function sharingInSession(): Promise<{ session: CaptureSession; el: ScreenCapture }> {
      const store = createCaptureStore({ env: paintedCamera(red) });
      suite.stores.push(store);
      const session = await fixture<CaptureSession>(html`<capture-session .store=${store}><screen-capture></screen-capture></capture-session>`);
      await store.start();
      const el = session.querySelector('screen-capture')!;
      await share(el);
      return { session, el };
    }

    /** Records about a second and a half; returns what the recording delivered. */
    async function recordABit(el: ScreenCapture): Promise<{ clips: CaptureClip[]; errors: CaptureErrorEvent[] }> {
      const clips: CaptureClip[] = [];
      const errors: CaptureErrorEvent[] = [];
      el.addEventListener('capture-recording', (event) => clips.push(event.detail));
      el.addEventListener('capture-error', (event) => errors.push(event));
      partOf(el, 'record-button')!.click();
      await until(() => el.recording, 'recording');
      await el.updateComplete;
      expect(partOf(el, 'record-button')!.getAttribute('aria-pressed')).to.equal('true');
      await until(() => /^0:0[1-9]$/.test(partOf(el, 'timer')?.textContent ?? ''), 'the timer past 0:00', 10_000);
      partOf(el, 'record-button')!.click();
      await until(() => clips.length + errors.length > 0, 'the recording delivered', 8000);
      return { clips, errors };
    }

    it('records the screen with the session’s camera in a bubble: a frame of the clip shows it', async function () {
      const { el } = await sharingInSession();
      const { clips, errors } = await recordABit(el);
      if (!(await videoRecordingHasBytes())) {
        expect(errors.map((e) => [e.operation, e.detail.params.reason])).to.deep.equal([['recording', 'recording-empty']]);
        skipWithout(this, 'video recordings with bytes');
      }
      expect(errors).to.deep.equal([]);
      expect(clips).to.have.length(1);
      const frame = await clipFrame(clips[0].blob, 0.5);
      const rect = bubbleRect(frame.width, frame.height);
      const centre = pixelAt(frame, Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2));
      expect(isColour(centre, red), `the camera in the bubble: ${describeRgb(centre)}`).to.be.true;
      await el.updateComplete;
      expect(el.items).to.deep.equal(clips);
      await expect(el).to.be.accessible();
    });

    it('hands out a file with its duration that seeks, in pieces while it runs, and leaves a pause out', async function () {
      if (!(await videoRecordingHasBytes())) skipWithout(this, 'video recordings with bytes');
      const { el } = await sharingInSession();
      el.chunkInterval = 400; // set after connecting, as frameworks do
      const pieces: RecordingChunk[] = [];
      el.addEventListener('capture-recording-chunk', (event) => pieces.push(event.detail));
      const clips: CaptureClip[] = [];
      el.addEventListener('capture-recording', (event) => clips.push(event.detail));
      await el.startRecording();
      await wait(1200);
      el.pauseRecording();
      await el.updateComplete;
      expect(partOf(el, 'pause-button')!.textContent).to.equal('Resume');
      await wait(1000);
      el.resumeRecording();
      await wait(1200);
      await el.stopRecording();
      await until(() => clips.length === 1, 'the clip');
      expect(pieces.length, 'pieces while recording').to.be.at.least(3);
      expect(pieces.map((piece) => piece.index)).to.deep.equal(pieces.map((_, i) => i));
      await expectSeekableFile(clips[0].blob, clips[0].duration);
      expect(clips[0].duration, 'seconds recorded, the pause left out').to.be.closeTo(2.4, 0.4);
    });

    it('leaves the camera out once the person turns the bubble off', async function () {
      const { el } = await sharingInSession();
      partOf(el, 'bubble-button')!.click();
      await el.updateComplete;
      expect(partOf(el, 'bubble-button')!.getAttribute('aria-pressed')).to.equal('false');
      expect(el.getAttribute('bubble')).to.equal('off');
      partOf(el, 'record-button')!.click();
      await until(() => el.recordingStream !== null, 'the recording’s picture');
      const viewer = new StreamViewer(el.recordingStream!);
      const frame = await viewer.frame(20_000);
      viewer.close();
      const rect = bubbleRect(frame.width, frame.height);
      const centre = pixelAt(frame, Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2));
      expect(isColour(centre, red), `no camera where the bubble was: ${describeRgb(centre)}`).to.be.false;
      await el.stopRecording();
    });

    it('ends the recording, keeping it, when sharing is stopped from the browser', async function () {
      if (!trackEventsCanBeFaked()) skipWithout(this, 'events dispatched on tracks (to stand in for the browser’s Stop sharing bar)');
      const { el } = await sharingInSession();
      const ends: unknown[] = [];
      el.addEventListener('capture-recording', (event) => ends.push(event.detail));
      el.addEventListener('capture-error', (event) => ends.push(event.detail));
      await el.startRecording();
      await new Promise((resolve) => setTimeout(resolve, 1200));
      el.displayState.stream!.getVideoTracks()[0].dispatchEvent(new Event('ended'));
      await until(() => !el.recording && ends.length === 1, 'the recording ended once');
      expect(el.displayState.status).to.equal('idle');
    });
  });

  describe('when sharing cannot start', () => {
    it('says there is nothing to share where the browser has no screen (headless Firefox)', async function () {
      const el = await fixture<ScreenCapture>(html`<screen-capture></screen-capture>`);
      const errors: CaptureErrorEvent[] = [];
      el.addEventListener('capture-error', (event) => errors.push(event));
      await clickLikeAPerson(partOf(el, 'share-button')!);
      await until(() => el.displayState.status !== 'acquiring' && el.displayState.status !== 'idle', 'an answer', 5000).catch(() => undefined);
      el.stopSharing();
      if (errors[0]?.detail.code !== 'not-found') skipWithout(this, 'a browser without a screen to share');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('There is no screen, window or tab to share.');
    });

    it('shows nothing red when the person closes the picker', async () => {
      replace(MediaDevices.prototype, 'getDisplayMedia', () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError')));
      const el = await fixture<ScreenCapture>(html`<screen-capture></screen-capture>`);
      const errors: CaptureErrorEvent[] = [];
      el.addEventListener('capture-error', (event) => errors.push(event));
      await el.share();
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Not sharing');
      expect(partOf(el, 'status')!.classList.contains('error')).to.be.false;
      expect(errors).to.deep.equal([]);
    });

    it('says what went wrong, once, and can try again', async () => {
      replace(MediaDevices.prototype, 'getDisplayMedia', () => Promise.reject(new DOMException('Permission denied by system', 'NotAllowedError')));
      const el = await fixture<ScreenCapture>(html`<screen-capture></screen-capture>`);
      const errors: CaptureErrorEvent[] = [];
      el.addEventListener('capture-error', (event) => errors.push(event));
      await el.share();
      await el.updateComplete;
      expect(errors.map((e) => [e.operation, e.detail.code])).to.deep.equal([['screen', 'permission-denied']]);
      expect(statusOf(el)).to.match(/blocked by the system/);
      expect(partOf(el, 'share-button'), 'Share screen again').to.exist;
      await expect(el).to.be.accessible();
    });
  });
});
