import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/photo-booth/define.js';
import type { PhotoBooth } from '../../src/components/photo-booth/photo-booth.js';
import '../../src/components/capture-session/define.js';
import type { CapturePhoto } from '../../src/components/photo-booth/photo.js';
import { createCaptureStore, type CaptureError } from '../../src/core/index.js';
import { defaultStrings } from '../../src/i18n/default-strings.js';
import { frenchStrings } from '../../src/i18n/fr.js';
import { setStrings } from '../../src/i18n/strings.js';
import { elementSuite } from '../helpers/element-suite.js';
import { nextEvent } from '../helpers/events.js';
import { fakeEnv, trackEventsCanBeFaked } from '../helpers/fake-media.js';
import { announcementOf, partOf } from '../helpers/parts.js';
import { settle } from '../helpers/status-events.js';
import { until } from '../helpers/tracks.js';
import { moveElsewhere } from '../helpers/move.js';
import { skipWithout } from '../helpers/skip.js';
import { describeEnd, expectOneEnd, recordingEnds, videoRecordingHasBytes, watchRecorders } from '../helpers/recording.js';
import { replace, restoreReplaced } from '../helpers/replace.js';

async function liveBooth(template = html`<photo-booth autostart></photo-booth>`): Promise<PhotoBooth> {
  const el = await fixture<PhotoBooth>(template);
  await until(() => el.state.status === 'live', 'live');
  await el.updateComplete;
  return el;
}

/** The decoded size of a photo. */
async function decode(photo: CapturePhoto) {
  const bitmap = await createImageBitmap(photo.blob);
  return { width: bitmap.width, height: bitmap.height };
}

/**
 * How many pixels of a photo have colour (a channel more than `tolerance` from another). Every
 * pixel counts: WebKit's mock camera is grey but for a few colour bars and letters.
 */
async function colouredPixels(photo: CapturePhoto, tolerance: number): Promise<number> {
  const bitmap = await createImageBitmap(photo.blob);
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  let coloured = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i] - data[i + 1]) > tolerance || Math.abs(data[i + 1] - data[i + 2]) > tolerance) coloured++;
  }
  return coloured;
}

/** A 64×48 grey-level frame of `stream`, for comparing pictures. */
async function smallFrame(stream: MediaStream): Promise<Uint8ClampedArray> {
  const video: HTMLVideoElement = Object.assign(document.createElement('video'), { muted: true, srcObject: stream });
  await video.play();
  await until(() => video.videoWidth > 0, 'a frame');
  // A frame presented now, not one captured before the test's change.
  for (let i = 0; i < 3; i++) await new Promise((resolve) => video.requestVideoFrameCallback(resolve));
  const context = new OffscreenCanvas(64, 48).getContext('2d', { willReadFrequently: true })!;
  context.filter = 'grayscale(1)';
  context.drawImage(video, 0, 0, 64, 48);
  video.srcObject = null;
  return context.getImageData(0, 0, 64, 48).data;
}

/** How much brighter the left part of the top band of a 64×48 frame is than its right part. */
function leftOverRight(frame: Uint8ClampedArray): number {
  let balance = 0;
  for (let y = 2; y < 9; y++) {
    for (let x = 5; x < 25; x++) balance += frame[(y * 64 + x) * 4] - frame[(y * 64 + 63 - x) * 4];
  }
  return balance;
}

const urlWorks = (url: string) => fetch(url).then(() => true, () => false);

describe('<photo-booth>', () => {
  const suite = elementSuite('photo-booth, capture-session');

  it('takes a PNG at the track’s real resolution, into the gallery and a capture-photo event', async () => {
    const el = await liveBooth();
    const event = nextEvent(el, 'capture-photo');
    const photo = await el.takePhoto();
    expect((await event).detail).to.equal(photo);
    const { width, height } = el.state.tracks.video!.settings;
    expect(photo.blob.type).to.equal('image/png');
    expect(await decode(photo)).to.include({ width, height });
    expect([photo.width, photo.height]).to.deep.equal([width, height]);
    expect(el.photos).to.deep.equal([photo]);
    await el.updateComplete;
    const link = partOf(el, 'gallery')!.querySelector('a')!;
    expect(link.download).to.match(/^photo-\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d\.png$/);
    await expect(el).to.be.accessible();
  });

  for (const width of ['300px', '900px']) {
    it(`shows a thumbnail with the photo's own proportions in a ${width} booth`, async () => {
      const el = await liveBooth(html`<photo-booth autostart style="width: ${width}"></photo-booth>`);
      const photo = await el.takePhoto();
      await el.updateComplete;
      const img = partOf(el, 'gallery')!.querySelector('img')!;
      await img.decode();
      const box = img.getBoundingClientRect();
      expect(box.width, 'thumbnail width').to.be.greaterThan(0);
      expect(box.width / box.height, `a ${box.width}×${box.height} thumbnail of a ${photo.width}×${photo.height} photo`)
        .to.be.closeTo(photo.width / photo.height, 0.03 * (photo.width / photo.height));
    });
  }

  it('saves a JPEG smaller at quality 0.5 than at 0.95, and WebP where the browser encodes it', async () => {
    const el = await liveBooth(html`<photo-booth autostart format="image/jpeg" quality="0.95"></photo-booth>`);
    const high = await el.takePhoto();
    el.quality = 0.5;
    await el.updateComplete;
    const low = await el.takePhoto();
    expect(high.blob.type).to.equal('image/jpeg');
    expect(low.blob.size).to.be.lessThan(high.blob.size);
    el.format = 'image/webp';
    await el.updateComplete;
    const webp = await el.takePhoto();
    expect(['image/webp', 'image/png']).to.include(webp.blob.type);
  });

  it('warns about a bogus format and saves PNG', async () => {
    const el = await liveBooth(html`<photo-booth autostart format="image/gif"></photo-booth>`);
    expect(suite.warnings()).to.contain('<photo-booth>: format="image/gif"');
    expect((await el.takePhoto()).blob.type).to.equal('image/png');
  });

  it('counts down 2-1 before the shot, announced; Escape cancels a countdown', async () => {
    const el = await liveBooth(html`<photo-booth autostart countdown="2"></photo-booth>`);
    const shutter = partOf(el, 'shutter')!;
    shutter.click();
    await el.updateComplete;
    expect(partOf(el, 'count')!.textContent).to.equal('2');
    expect(announcementOf(el)).to.equal('2');
    expect(el.photos).to.have.length(0);
    await until(() => el.photos.length === 1, 'the photo after the countdown', 4000);

    shutter.click();
    await el.updateComplete;
    partOf(el, 'cancel-button')!.focus(); // keyboard focus inside the booth, where Escape is heard
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(partOf(el, 'count')).to.equal(null);
    expect(announcementOf(el)).to.equal('Countdown cancelled');
    await new Promise((resolve) => setTimeout(resolve, 2200));
    expect(el.photos).to.have.length(1);
  });

  it('takes a burst; max-photos keeps the newest and revokes the URLs it drops', async () => {
    const el = await liveBooth(html`<photo-booth autostart burst="3" burst-interval="50" max-photos="2"></photo-booth>`);
    const taken: CapturePhoto[] = [];
    el.addEventListener('capture-photo', (e) => taken.push(e.detail));
    partOf(el, 'shutter')!.click();
    await until(() => taken.length === 3, 'three photos');
    expect(el.photos).to.deep.equal([taken[2], taken[1]]);
    expect(await urlWorks(taken[0].url), 'the dropped photo’s URL').to.be.false;
    expect(await urlWorks(taken[2].url)).to.be.true;
  });

  it('applies the filter to the saved photo', async () => {
    const el = await liveBooth(html`<photo-booth autostart filter="grayscale(1)"></photo-booth>`);
    expect(await colouredPixels(await el.takePhoto(), 1), 'coloured pixels in the filtered photo').to.equal(0);
    el.filter = '';
    await el.updateComplete;
    expect(await colouredPixels(await el.takePhoto(), 8), 'coloured pixels in the unfiltered photo').to.be.above(0);
  });

  it('offers the filtered camera as a live stream whose frames are filtered, ended with the filter', async () => {
    const el = await liveBooth(html`<photo-booth autostart filter="grayscale(1)"></photo-booth>`);
    const stream = el.filteredStream!;
    const [track] = stream.getVideoTracks();
    expect(track.readyState).to.equal('live');
    const video: HTMLVideoElement = Object.assign(document.createElement('video'), { muted: true, srcObject: stream });
    await video.play();
    await until(() => video.videoWidth > 0, 'a filtered frame');
    const canvas = Object.assign(document.createElement('canvas'), { width: video.videoWidth, height: video.videoHeight });
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(video, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4 * 997) if (Math.abs(data[i] - data[i + 1]) > 2 || Math.abs(data[i + 1] - data[i + 2]) > 2) coloured++;
    expect(coloured, 'coloured pixels in the filtered stream').to.equal(0);
    video.srcObject = null;
    el.filter = '';
    await el.updateComplete;
    expect(track.readyState).to.equal('ended');
    expect(el.filteredStream).to.equal(null);
  });

  it('keeps a photo out of the gallery when capture-photo is prevented: the photo and its URL are the page’s', async () => {
    const el = await liveBooth();
    el.addEventListener('capture-photo', (e) => e.preventDefault());
    const photo = await el.takePhoto();
    expect(el.photos).to.have.length(0);
    expect(await urlWorks(photo.url), 'the page may use it').to.be.true;
    el.remove();
    await Promise.resolve(); // it lets go once the task shows it was not moved
    expect(await urlWorks(photo.url), 'still the page’s once the booth left').to.be.true;
    URL.revokeObjectURL(photo.url); // the page lets go of it when it is done
  });

  it('keeps the photo and goes on when a capture-photo listener throws; the error is reported', async () => {
    const el = await liveBooth();
    const reported: unknown[] = [];
    const onerror = window.onerror;
    window.onerror = (_message, _source, _line, _column, error) => void reported.push(error);
    try {
      el.addEventListener('capture-photo', () => {
        throw new Error('a page bug');
      });
      const photo = await el.takePhoto();
      expect(el.photos).to.deep.equal([photo]);
      expect(reported.map(String)).to.deep.equal(['Error: a page bug']);
      await el.takePhoto();
      expect(el.photos, 'the next photo works').to.have.length(2);
      await el.updateComplete;
      expect(announcementOf(el)).to.contain('Photo taken');
    } finally {
      window.onerror = onerror;
    }
  });

  it('deletes one photo or all, revoking their URLs, and revokes the rest when removed', async () => {
    const el = await liveBooth();
    const [a, b, c] = [await el.takePhoto(), await el.takePhoto(), await el.takePhoto()];
    await el.updateComplete;
    partOf(el, 'gallery')!.querySelector<HTMLButtonElement>('li button')!.click();
    expect(el.photos).to.deep.equal([b, a]);
    expect(await urlWorks(c.url)).to.be.false;
    await el.updateComplete;
    partOf(el, 'clear-button')!.click();
    expect(el.photos).to.have.length(0);
    expect(await urlWorks(a.url)).to.be.false;
    const last = await el.takePhoto();
    el.filter = 'sepia(1)';
    await el.updateComplete;
    const [filtered] = el.filteredStream!.getVideoTracks();
    el.remove();
    await Promise.resolve(); // it lets go once the task shows it was not moved
    expect(await urlWorks(last.url)).to.be.false;
    expect(filtered.readyState, 'the filtered track').to.equal('ended');
  });

  it('keeps its photos when moved to another place on the page', async () => {
    const el = await liveBooth();
    const photo = await el.takePhoto();
    const elsewhere = moveElsewhere(el);
    await el.updateComplete;
    expect(el.photos).to.deep.equal([photo]);
    expect(await urlWorks(photo.url)).to.be.true;
    elsewhere.remove();
    await Promise.resolve(); // it lets go once the task shows it was not moved
    expect(await urlWorks(photo.url), 'revoked once it leaves the page').to.be.false;
  });

  it('rejects takePhoto() with a clear error while the camera is off', async () => {
    const el = await fixture<PhotoBooth>(html`<photo-booth></photo-booth>`);
    const failed = nextEvent(el, 'capture-error');
    const error = await el.takePhoto().then(() => null, (e: CaptureError) => e);
    expect(error?.code, 'the code says the camera is off').to.equal('not-live');
    expect(error?.params.reason).to.equal('no-camera');
    const event = await failed;
    expect(event.detail).to.equal(error);
    expect(event.operation).to.equal('photo');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.error')!.textContent).to.equal('Turn on the camera before taking a photo.');
    expect(partOf(el, 'shutter')!.hasAttribute('disabled')).to.be.true;
  });

  describe('file picker', () => {
    /** A booth whose store found no camera: it offers the file picker. */
    async function boothWithoutCamera(format = 'image/png') {
      const media = fakeEnv();
      media.mediaDevices.devices = [];
      const store = createCaptureStore({ env: media.env });
      suite.stores.push(store);
      const el = await fixture<PhotoBooth>(html`<photo-booth .store=${store} format=${format}></photo-booth>`);
      await store.start().catch(() => undefined);
      await el.updateComplete;
      return { el, input: partOf(el, 'file-picker') as HTMLInputElement };
    }

    /** The person chooses `file` in the picker. */
    function choose(input: HTMLInputElement, file: File): void {
      const files = new DataTransfer();
      files.items.add(file);
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
    }

    async function pngFile(width: number, height: number): Promise<File> {
      const canvas = Object.assign(document.createElement('canvas'), { width, height });
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
      return new File([blob], 'picked.png', { type: 'image/png' });
    }

    /** The booth's `capture-error` events from now on, as `[operation, code, reason]`. */
    function photoErrors(el: PhotoBooth): string[][] {
      const seen: string[][] = [];
      el.addEventListener('capture-error', (e) => seen.push([e.operation, e.detail.code, e.detail.params.reason ?? '']));
      return seen;
    }

    const shownError = (el: PhotoBooth) => el.shadowRoot!.querySelector('.error')?.textContent;

    it('is offered when there is no camera, and a picked image becomes a photo', async () => {
      const { el, input } = await boothWithoutCamera('image/jpeg');
      expect(input.accept).to.equal('image/*');
      await expect(el).to.be.accessible();
      const event = nextEvent(el, 'capture-photo');
      choose(input, await pngFile(40, 30));
      const { detail } = await event;
      expect(detail).to.include({ width: 40, height: 30 });
      expect(detail.blob.type).to.equal('image/jpeg');
      expect(el.photos).to.have.length(1);
    });

    it('says what is wrong with a file that is not a picture, once, in the texts in force', async () => {
      const { el, input } = await boothWithoutCamera();
      const seen = photoErrors(el);
      choose(input, new File(['just some notes'], 'notes.txt', { type: 'text/plain' }));
      await until(() => seen.length > 0, 'the error');
      await settle();
      expect(seen).to.deep.equal([['photo', 'invalid-argument', 'file-unreadable']]);
      expect(el.photos).to.have.length(0);
      await el.updateComplete;
      expect(shownError(el)).to.equal('This file could not be opened as a picture. Choose a photo (a JPEG, PNG or WebP file, for example).');
      try {
        setStrings(frenchStrings);
        await el.updateComplete;
        expect(shownError(el)).to.equal(frenchStrings.errorFileUnreadable);
      } finally {
        setStrings(defaultStrings);
      }
    });

    it('closes the picture it decoded when the photo cannot be encoded, and says so once', async () => {
      const { el, input } = await boothWithoutCamera();
      const seen = photoErrors(el);
      const decoded: ImageBitmap[] = [];
      const createBitmap = window.createImageBitmap.bind(window);
      const convertToBlob = Object.getOwnPropertyDescriptor(OffscreenCanvas.prototype, 'convertToBlob')!;
      // Browser API faults: record what is decoded; make encoding fail.
      window.createImageBitmap = (image: ImageBitmapSource) => createBitmap(image).then((bitmap) => {
        decoded.push(bitmap);
        return bitmap;
      });
      Object.defineProperty(OffscreenCanvas.prototype, 'convertToBlob', {
        ...convertToBlob, value: () => Promise.reject(new DOMException('The image could not be encoded', 'EncodingError')),
      });
      try {
        choose(input, await pngFile(40, 30));
        await until(() => seen.length > 0, 'the error');
        await settle();
      } finally {
        window.createImageBitmap = createBitmap;
        Object.defineProperty(OffscreenCanvas.prototype, 'convertToBlob', convertToBlob);
      }
      expect(decoded.map((bitmap) => bitmap.width), 'the decoded picture, closed (a closed ImageBitmap is 0 wide)').to.deep.equal([0]);
      expect(seen).to.deep.equal([['photo', 'unknown', 'encoding-failed']]);
      await el.updateComplete;
      expect(shownError(el)).to.equal('The photo could not be saved (The image could not be encoded). Try again.');
    });
  });

  it('warns about bad numbers and keeps the defaults', async () => {
    const el = await fixture<PhotoBooth>(html`<photo-booth quality="2" countdown="-1" burst="x" max-photos="1.5"></photo-booth>`);
    expect([el.quality, el.countdown, el.burst, el.maxPhotos]).to.deep.equal([0.92, 0, 1, 0]);
    for (const attribute of ['quality=2', 'countdown=-1', 'burst=NaN', 'max-photos=1.5']) {
      expect(suite.warnings()).to.contain(`<photo-booth>: ${attribute}`);
    }
  });

  describe('clips', () => {
    /**
     * Whether this browser's video recordings have bytes: WebKitGTK's come out empty, and the
     * booth then reports "nothing was recorded". Each test checks the end its browser should have.
     */
    let hasBytes = true;
    before(async () => {
      hasBytes = await videoRecordingHasBytes();
    });
    afterEach(restoreReplaced);
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    /** Presses the shutter (to stop) after `ms`. */
    const stopAfter = async (el: PhotoBooth, ms: number) => {
      await wait(ms);
      partOf(el, 'shutter')!.click();
    };

    it('shows the time while recording; stopping ends the recording once, with a clip where the browser records bytes', async () => {
      const el = await liveBooth(html`<photo-booth autostart mode="video"></photo-booth>`);
      const ends = recordingEnds(el);
      const shutter = partOf(el, 'shutter')!;
      expect(shutter.textContent).to.equal('Start recording');
      shutter.click();
      await until(() => el.recording, 'the recording to start');
      await el.updateComplete;
      expect(shutter.getAttribute('aria-pressed')).to.equal('true');
      expect(shutter.textContent).to.equal('Stop recording');
      expect(announcementOf(el)).to.equal('Recording');
      expect(partOf(el, 'timer')!.textContent).to.match(/^0:0\d$/);
      await until(() => partOf(el, 'timer')?.textContent === '0:01', 'the time to show 0:01', 3000);
      // Firefox's encoder can take a second to start on a loaded machine: record for two.
      await stopAfter(el, 900);
      const clip = await expectOneEnd(el, ends, hasBytes);
      await el.updateComplete;
      expect(shutter.getAttribute('aria-pressed')).to.equal('false');
      expect(shutter.textContent).to.equal('Start recording');
      expect(partOf(el, 'timer')).to.equal(null);
      expect(el.clips).to.deep.equal(clip ? [clip] : []);
      if (clip) expect(announcementOf(el)).to.equal('Recording saved');
      await expect(el).to.be.accessible();
    });

    it('records a clip that plays, as long as the recording, into the gallery', async function () {
      if (!hasBytes) skipWithout(this, 'video recordings with bytes');
      const el = await liveBooth(html`<photo-booth autostart mode="video"></photo-booth>`);
      const ends = recordingEnds(el);
      partOf(el, 'shutter')!.click();
      await until(() => el.recording, 'the recording to start');
      await stopAfter(el, 2000);
      const clip = (await expectOneEnd(el, ends, hasBytes))!;
      expect(clip.blob.size).to.be.greaterThan(0);
      expect(clip.blob.type).to.equal(clip.mimeType);
      expect(MediaRecorder.isTypeSupported(clip.mimeType), clip.mimeType).to.be.true;
      // Read from the frames: the first comes up to a frame after the start, the last lasts none.
      expect(clip.duration).to.be.within(1.8, 6);
      expect(el.clips).to.deep.equal([clip]);
      const video = Object.assign(document.createElement('video'), { muted: true, src: clip.url });
      await until(() => video.readyState >= HTMLMediaElement.HAVE_METADATA && video.videoWidth > 0, 'the clip to load', 10000);
      video.removeAttribute('src');
      video.load();
      await el.updateComplete;
      expect(partOf(el, 'gallery')!.querySelector('a')!.download).to.match(/^clip-.*\.(webm|mp4)$/);
      await expect(el).to.be.accessible();
    });

    const setups = [
      { sound: 'without sound', template: html`<photo-booth autostart mode="video"></photo-booth>` },
      { sound: 'with the microphone', template: html`<capture-session autostart audio><photo-booth mode="video"></photo-booth></capture-session>` },
    ];
    for (const { sound, template } of setups) {
      it(`records ${sound} in a type this browser's MediaRecorder takes: WebM, or MP4 where it takes no WebM`, async () => {
        const made = watchRecorders();
        const root = await fixture<HTMLElement>(template);
        const el = root.localName === 'photo-booth' ? (root as PhotoBooth) : root.querySelector('photo-booth')!;
        await until(() => el.state.status === 'live', 'live');
        expect(Boolean(el.state.tracks.audio), 'a microphone').to.equal(sound === 'with the microphone');
        await el.updateComplete;
        const ends = recordingEnds(el);
        partOf(el, 'shutter')!.click();
        await until(() => el.recording, 'the recording to start');
        expect(made, 'recorders made').to.have.length(1);
        const [{ asked, recorder }] = made;
        const container = MediaRecorder.isTypeSupported('video/webm') ? 'video/webm' : 'video/mp4';
        expect(asked?.mimeType, 'the type asked for').to.satisfy((type: string) => type.startsWith(container));
        expect(MediaRecorder.isTypeSupported(asked!.mimeType!), `${asked!.mimeType} is one this browser takes`).to.be.true;
        // Three seconds: on a busy machine Chromium's encoder with sound has written nothing after two.
        await stopAfter(el, 3000);
        const clip = await expectOneEnd(el, ends, hasBytes);
        // The type the recorder wrote (set once it started; WebKit adds the codecs).
        expect(recorder.mimeType, 'the recorder’s type').to.satisfy((type: string) => type.startsWith(container));
        if (!clip) return;
        expect(clip.mimeType).to.equal(recorder.mimeType);
        expect(clip.blob.type).to.equal(clip.mimeType);
        await el.updateComplete;
        expect(partOf(el, 'gallery')!.querySelector('a')!.download).to.match(container === 'video/webm' ? /\.webm$/ : /\.mp4$/);
      });
    }

    const unsupported = [
      { where: 'where MediaRecorder takes neither WebM nor MP4', fault: () => replace(MediaRecorder, 'isTypeSupported', () => false) },
      { where: 'without MediaRecorder', fault: () => replace(window, 'MediaRecorder', undefined as unknown as typeof MediaRecorder) },
    ];
    for (const { where, fault } of unsupported) {
      it(`says that recording is not supported in this browser ${where}; photos still work`, async () => {
        const el = await liveBooth(html`<photo-booth autostart mode="video"></photo-booth>`);
        const ends = recordingEnds(el);
        const restore = fault();
        partOf(el, 'shutter')!.click();
        await until(() => ends.length > 0, 'the recording to fail');
        await settle();
        expect(ends.map(describeEnd)).to.deep.equal([
          'capture-error (recording): unsupported, recording-unsupported (This browser records neither WebM nor MP4)',
        ]);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.error')!.textContent)
          .to.equal('This browser cannot record video. Take photos instead, or open the page in another browser.');
        expect(el.recording).to.be.false;
        expect(partOf(el, 'shutter')!.hasAttribute('disabled'), 'the shutter can be pressed again').to.be.false;
        expect(el.filteredStream, 'the canvas of the recording').to.equal(null);
        restore();
        el.mode = 'photo';
        await el.updateComplete;
        const photo = await el.takePhoto();
        expect(el.photos).to.deep.equal([photo]);
      });
    }

    it('keeps recording through a microphone switch: one recording, longer than before the switch', async function () {
      this.timeout(30000); // WebKit: Web Audio waited for (3 s), a switch, and a stop() that blocks the page for seconds
      const session = await fixture(html`<capture-session autostart audio><photo-booth mode="video"></photo-booth></capture-session>`);
      const el = session.querySelector('photo-booth')!;
      await until(() => el.state.status === 'live' && el.state.devices.some((d) => d.label), 'live with devices');
      const current = el.state.tracks.audio!.settings.deviceId;
      const other = el.state.devices.find((d) => d.kind === 'audioinput' && d.deviceId && d.deviceId !== current);
      if (!other) skipWithout(this, 'a second microphone');
      await el.updateComplete;
      const ends = recordingEnds(el);
      partOf(el, 'shutter')!.click();
      await until(() => el.recording, 'the recording to start');
      await wait(1500);
      const oldTrack = el.state.stream!.getAudioTracks()[0];
      await el.store.selectDevice('audioinput', other.deviceId);
      expect(oldTrack.readyState).to.equal('ended');
      expect(el.recording, 'still recording after the switch').to.be.true;
      await wait(500);
      await el.updateComplete;
      // A recording started again at the switch would show 0:00 half a second after it.
      expect(partOf(el, 'timer')!.textContent, 'the time goes on from before the switch').to.match(/^0:0[1-9]$/);
      partOf(el, 'shutter')!.click();
      const clip = await expectOneEnd(el, ends, hasBytes);
      if (clip) {
        expect(clip.duration).to.be.greaterThan(1.7);
        expect(clip.blob.size).to.be.greaterThan(0);
      }
      session.remove();
    });

    it('records mirrored like the preview with mirror-recording', async function () {
      const el = await liveBooth(html`<photo-booth autostart mode="video" mirror-recording></photo-booth>`);
      const ends = recordingEnds(el);
      partOf(el, 'shutter')!.click();
      await until(() => el.recording, 'the recording to start');
      await el.updateComplete;
      const preview = el.shadowRoot!.querySelector('camera-preview')!;
      await preview.updateComplete;
      expect(getComputedStyle(partOf(preview, 'video')!).transform, 'no second flip on screen').to.equal('none');
      await new Promise((resolve) => setTimeout(resolve, 200)); // frames drawn since the recording started
      const raw = leftOverRight(await smallFrame(el.state.stream!));
      if (raw === 0) skipWithout(this, 'a fake camera picture with left and right to tell apart');
      // Chromium's test pattern writes its clock at the top left: the recording has it at the right.
      expect(Math.sign(leftOverRight(await smallFrame(el.filteredStream!)))).to.equal(-Math.sign(raw));
      await stopAfter(el, 100);
      await until(() => ends.length > 0, 'the recording to end'); // the picture was the point, not the clip
    });

    it('stops by itself at max-duration', async () => {
      // Two seconds: a shorter clip can come out empty while the encoder starts on a loaded machine.
      const made = watchRecorders();
      const el = await liveBooth(html`<photo-booth autostart mode="video" max-duration="2"></photo-booth>`);
      const ends = recordingEnds(el);
      partOf(el, 'shutter')!.click();
      await until(() => el.recording, 'the recording to start');
      await until(() => !el.recording, 'the recording to stop by itself');
      // When the booth stopped its recorder (WebKitGTK's stop() then blocks the page a while).
      const [{ startedAt, stoppedAt }] = made;
      expect((stoppedAt! - startedAt!) / 1000, 'seconds recorded').to.be.within(1.9, 3);
      const clip = await expectOneEnd(el, ends, hasBytes);
      // Read from the file's frames: up to a frame shorter than the time the recorder ran.
      if (clip) expect(clip.duration).to.be.within(1.8, 3);
    });

    /** A booth recording from an injected env's camera (two cameras, one of which can be unplugged). */
    async function recordingFromInjectedCamera() {
      const media = fakeEnv();
      const store = createCaptureStore({ env: media.env });
      suite.stores.push(store);
      const el = await fixture<PhotoBooth>(html`<photo-booth mode="video" .store=${store}></photo-booth>`);
      await store.start();
      await el.updateComplete;
      const ends = recordingEnds(el);
      partOf(el, 'shutter')!.click();
      await until(() => el.recording, 'the recording to start');
      return { el, store, media, ends };
    }

    it('keeps recording through a camera switch: one recording', async () => {
      const { el, store, ends } = await recordingFromInjectedCamera();
      const before = el.state.tracks.video!.settings.deviceId;
      await store.selectDevice('videoinput', 'cam-2');
      await el.updateComplete;
      expect(el.state.tracks.video!.settings.deviceId).to.not.equal(before);
      expect(el.recording, 'still recording after the switch').to.be.true;
      await stopAfter(el, 2000);
      const clip = await expectOneEnd(el, ends, hasBytes);
      if (clip) expect(clip.blob.size).to.be.greaterThan(0);
    });

    it('ends the recording and keeps the clip when the camera is unplugged; records again once it is back', async function () {
      if (!trackEventsCanBeFaked()) skipWithout(this, 'events dispatched on tracks (to fake an unplug)');
      const { el, store, media, ends } = await recordingFromInjectedCamera();
      await wait(2000);
      media.mediaDevices.unplug('cam-1');
      const clip = await expectOneEnd(el, ends, hasBytes);
      if (clip) {
        expect(clip.blob.size, 'what was recorded is kept').to.be.greaterThan(0);
        expect(el.clips).to.deep.equal([clip]);
      }
      expect(el.state.error?.code).to.equal('track-ended');
      await el.updateComplete;
      const preview = el.shadowRoot!.querySelector('camera-preview')!;
      await preview.updateComplete;
      expect(partOf(preview, 'message')!.textContent).to.match(/camera stopped/i);

      media.mediaDevices.plug('videoinput', 'cam-1', 'Front Camera');
      await store.start();
      await el.updateComplete;
      partOf(el, 'shutter')!.click();
      await until(() => el.recording, 'a new recording');
      await stopAfter(el, 2000);
      const again = await expectOneEnd(el, ends, hasBytes);
      if (again) expect(again.blob.size).to.be.greaterThan(0);
    });

    it('goes on recording when moved to another place on the page', async () => {
      const el = await liveBooth(html`<photo-booth autostart mode="video"></photo-booth>`);
      const ends = recordingEnds(el);
      partOf(el, 'shutter')!.click();
      await until(() => el.recording, 'the recording to start');
      const elsewhere = moveElsewhere(el);
      await wait(500);
      expect(el.recording, 'still recording after the move').to.be.true;
      expect(ends.map(describeEnd), 'ended by the move').to.deep.equal([]);
      await stopAfter(el, 1500);
      const clip = await expectOneEnd(el, ends, hasBytes);
      if (clip) expect(clip.blob.size).to.be.greaterThan(0);
      elsewhere.remove();
    });

    it('leaves nothing running when removed mid-recording', async () => {
      const el = await liveBooth(html`<photo-booth autostart mode="video"></photo-booth>`);
      partOf(el, 'shutter')!.click();
      await until(() => el.recording, 'the recording to start');
      await el.updateComplete;
      const preview = el.shadowRoot!.querySelector('camera-preview')!;
      const [canvasTrack] = preview.displayStream!.getVideoTracks();
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(canvasTrack.readyState).to.equal('ended');
    });
  });
});
