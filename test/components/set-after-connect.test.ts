import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CapturePhoto } from '../../src/components/photo-booth/photo.js';
import { elementSuite } from '../helpers/element-suite.js';
import { nextEvent } from '../helpers/events.js';
import { partOf } from '../helpers/parts.js';
import { until } from '../helpers/tracks.js';
import { attributesByTag } from '../helpers/manifest.js';
import { skipWithout } from '../helpers/skip.js';
import { replace, restoreReplaced } from '../helpers/replace.js';
import { videoRecordingHasBytes, watchRecorders } from '../helpers/recording.js';
import { blue, describeRgb, isColour, paintedCamera, paintedTrack, pixelAt, red, StreamViewer, stopPaintedTracks } from '../helpers/pixels.js';
import { createCaptureStore } from '../../src/core/index.js';
import { bubbleRect } from '../../src/components/screen-capture/composite-pipeline.js';

/**
 * Every attribute of every element takes effect whenever it is set: before the element is
 * connected (Vue sets properties on the element it created, before inserting it), or after
 * (React's @lit/react sets them in a layout effect, once the element is in the page; a page
 * script calls setAttribute whenever it likes). A private store (an element alone: no session,
 * no `store` property) follows the attributes it was built from.
 *
 * One row per (element, attribute); the coverage test below fails when the manifest has an
 * attribute without a row.
 */

type Tag = 'capture-session' | 'camera-preview' | 'device-picker' | 'audio-meter' | 'constraint-panel' | 'photo-booth' | 'screen-capture' | 'device-check';
type El<T extends Tag> = HTMLElementTagNameMap[T];

interface Row<T extends Tag = Tag> {
  tag: T;
  /** As the manifest spells it. */
  attribute: string;
  /** The property behind it. */
  property: keyof El<T> & string;
  /** A value different from the default, as a property… */
  value: unknown;
  /** …and as the attribute's text (`''` for a boolean attribute). */
  text: string;
  /** Attributes the row needs on the element from the start, the same in every variant. */
  with?: Record<string, string>;
  /** The element's store is started, and live, before the value is set. */
  live?: boolean;
  /** Why the effect cannot be seen in this browser (the missing feature), else undefined. */
  unavailable?: () => Promise<string | undefined>;
  /** What a person (or the page) notices once the value took effect. */
  effect: (el: El<T>, test: Mocha.Context) => Promise<void>;
}

/** Types a row's `effect` for its tag. */
const row = <T extends Tag>(r: Row<T>): Row => r as unknown as Row;

// ---- what the rows look at ----

const isLive = (el: El<Tag>) => el.state.status === 'live';
const liveTrack = (el: El<Tag>, kind: 'video' | 'audio') => el.state.tracks[kind]?.readyState === 'live';
const start = (el: El<Tag>) => el.store.start().then(() => undefined, () => undefined);
const untilLive = (el: El<Tag>, what = 'capture to be live') => until(() => isLive(el), `<${el.localName}>: ${what}`, 8000);

/** The constraints the live camera was asked for (`getConstraints()`). */
const askedCamera = (el: El<Tag>): Readonly<MediaTrackConstraints> => el.state.tracks.video?.constraints ?? {};
/** `facingMode` as asked, whatever form it was asked in. */
function askedFacing(constraints: Readonly<MediaTrackConstraints>): unknown {
  const asked = constraints.facingMode;
  return typeof asked === 'object' && asked !== null && !Array.isArray(asked) ? (asked.exact ?? asked.ideal) : asked;
}

/** The `<camera-preview>` showing the picture: the element, or the one inside a booth. */
async function previewOf(el: El<'camera-preview'> | El<'photo-booth'>): Promise<El<'camera-preview'>> {
  await el.updateComplete;
  if (el.localName === 'camera-preview') return el as El<'camera-preview'>;
  const preview = el.shadowRoot!.querySelector('camera-preview')!;
  await preview.updateComplete;
  return preview;
}

async function videoClasses(el: El<'camera-preview'> | El<'photo-booth'>): Promise<DOMTokenList> {
  return partOf(await previewOf(el), 'video')!.classList;
}

/**
 * Whether the browser's fake camera faces away from the person (Firefox's does; Chromium's says
 * nothing, like a webcam): the mirror rows ask for the opposite of what `auto` shows.
 */
let cameraFacesAway = false;
async function probeCameraFacing(): Promise<void> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: true });
  const [track] = stream.getVideoTracks();
  cameraFacesAway = track.getSettings().facingMode === 'environment';
  track.stop();
}

/** The `mirror` row of the preview or the booth: the opposite of what `auto` shows for this camera. */
const mirrorRow = (tag: 'camera-preview' | 'photo-booth'): Row => row({
  tag, attribute: 'mirror', property: 'mirror', live: true,
  get value() {
    return cameraFacesAway;
  },
  get text() {
    return String(cameraFacesAway);
  },
  effect: async (el) => {
    expect((await videoClasses(el)).contains('mirrored'), 'mirrored').to.equal(cameraFacesAway);
  },
});

/** How much brighter the left part of the top band of a 64×48 grey picture is than its right part. */
function leftOverRight(source: CanvasImageSource): number {
  const context = new OffscreenCanvas(64, 48).getContext('2d', { willReadFrequently: true })!;
  context.filter = 'grayscale(1)';
  context.drawImage(source, 0, 0, 64, 48);
  const { data } = context.getImageData(0, 0, 64, 48);
  let balance = 0;
  for (let y = 2; y < 9; y++) {
    for (let x = 5; x < 25; x++) balance += data[(y * 64 + x) * 4] - data[(y * 64 + 63 - x) * 4];
  }
  return balance;
}

/** `leftOverRight` of a frame of the camera as it is (not mirrored). */
async function cameraBalance(stream: MediaStream): Promise<number> {
  const video: HTMLVideoElement = Object.assign(document.createElement('video'), { muted: true, srcObject: stream });
  await video.play();
  await until(() => video.videoWidth > 0, 'a camera frame');
  const balance = leftOverRight(video);
  video.srcObject = null;
  return balance;
}

/**
 * The quality a JPEG was encoded with, read from its luminance quantisation table (libjpeg's
 * scaling of the standard table, whose first entry is 16): independent of what the picture holds.
 */
async function jpegQuality(blob: Blob): Promise<number> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  for (let i = 2; i + 4 < bytes.length;) {
    if (bytes[i] !== 0xff) break;
    const marker = bytes[i + 1];
    const length = (bytes[i + 2] << 8) | bytes[i + 3];
    if (marker === 0xdb) {
      const scale = (bytes[i + 5] * 100) / 16; // the first table's first (DC) entry, 8-bit precision
      return scale <= 100 ? (200 - scale) / 2 : 5000 / scale;
    }
    i += 2 + length;
  }
  throw new Error('no quantisation table in the JPEG');
}

/** The next clip, or the recording's failure (a very short clip can come out empty): either way it ended. */
const recordingEnds = (el: El<'photo-booth'>) => Promise.race([
  nextEvent(el, 'capture-recording').then(() => 'clip'),
  nextEvent(el, 'capture-error').then((event) => `error: ${event.detail.code} ${String(event.detail.params.reason)}`),
]);

const shutterOf = (el: El<'photo-booth'>) => partOf(el, 'shutter')!;

/** Hiding the page behind another tab (the `set-page-visible` command): Chromium only. */
let pageHides: Promise<boolean> | undefined;
const setPageVisible = async (visible: boolean) => {
  await executeServerCommand('set-page-visible', { visible });
  await until(() => document.visibilityState === (visible ? 'visible' : 'hidden'), `the page ${visible ? 'shown' : 'hidden'}`, 2000);
};
function pageCanBeHidden(): Promise<boolean> {
  pageHides ??= setPageVisible(false).then(() => true, () => false)
    .finally(() => executeServerCommand('set-page-visible', { visible: true }).catch(() => undefined));
  return pageHides;
}

/**
 * Presses "Share screen" with getDisplayMedia replaced by a stand-in that notes the options it
 * was given and answers with `answer` (by default: the person closed the picker). Returns the
 * options. The picker itself cannot open headless in every engine: what the element asks is
 * what these rows check.
 */
async function pickerOptions(el: El<'screen-capture'>, answer?: () => MediaStream): Promise<DisplayMediaStreamOptions> {
  const asked: DisplayMediaStreamOptions[] = [];
  const restore = replace(MediaDevices.prototype, 'getDisplayMedia', (options?: DisplayMediaStreamOptions) => {
    asked.push(options ?? {});
    return answer ? Promise.resolve(answer()) : Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  try {
    await el.updateComplete;
    await el.share();
    return asked[0];
  } finally {
    restore();
  }
}

type Recording = 'photo-booth' | 'screen-capture';

/** How a recording starts and ends on each element that records: the booth's shutter; sharing a painted screen, then its record calls. */
const recordingOf: Record<Recording, { setup: Pick<Row, 'with' | 'live'>; start: (el: El<Recording>) => Promise<void>; end: (el: El<Recording>) => Promise<void> }> = {
  'photo-booth': {
    setup: { with: { mode: 'video' }, live: true },
    async start(el) {
      await el.updateComplete;
      shutterOf(el as El<'photo-booth'>).click();
      await until(() => el.recording, 'the recording to start');
    },
    async end(el) {
      if (el.recording) shutterOf(el as El<'photo-booth'>).click();
      await until(() => !el.recording, 'the recording to end');
    },
  },
  'screen-capture': {
    setup: {},
    async start(el) {
      const screen = el as El<'screen-capture'>;
      await pickerOptions(screen, () => new MediaStream([paintedTrack(640, 360, blue)]));
      await screen.startRecording();
    },
    async end(el) {
      const screen = el as El<'screen-capture'>;
      await screen.stopRecording();
      screen.stopSharing();
      stopPaintedTracks();
    },
  },
};

const noVideoBytes = async () => ((await videoRecordingHasBytes()) ? undefined : 'a MediaRecorder that writes video bytes');

/** The rows of the recording attributes, the same on each element that records. */
const recordingRows = (tag: Recording): Row[] => {
  const { setup, start, end } = recordingOf[tag];
  return [
    row({
      tag, attribute: 'max-size', property: 'maxSize', value: 2000, text: '2000', ...setup, unavailable: noVideoBytes,
      effect: async (el) => {
        await start(el);
        await until(() => !el.recording, 'the recording to stop by itself before 2 kB', 4000);
        await end(el);
      },
    }),
    row({
      tag, attribute: 'clip-format', property: 'clipFormat', value: 'video/mp4', text: 'video/mp4', ...setup,
      unavailable: () => Promise.resolve(MediaRecorder.isTypeSupported('video/mp4') ? undefined : 'a MediaRecorder that writes MP4'),
      effect: async (el) => {
        const made = watchRecorders();
        try {
          await start(el);
          expect(made[0]?.asked?.mimeType, 'the type recorded').to.match(/^video\/mp4/);
        } finally {
          restoreReplaced();
          await end(el);
        }
      },
    }),
    row({
      tag, attribute: 'chunk-interval', property: 'chunkInterval', value: 300, text: '300', ...setup, unavailable: noVideoBytes,
      effect: async (el) => {
        const piece = nextEvent(el, 'capture-recording-chunk');
        await start(el);
        expect((await piece).detail.index, 'the first piece, while recording').to.equal(0);
        await end(el);
      },
    }),
  ];
};

/** A stream from a canvas, standing in for a shared screen. */
function canvasScreen(): MediaStream {
  const canvas = Object.assign(document.createElement('canvas'), { width: 320, height: 180 });
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#2563eb';
  context.fillRect(0, 0, 320, 180);
  return canvas.captureStream();
}

const pickerRow = (attribute: string, property: keyof El<'screen-capture'> & string, value: unknown, text: string,
  expected: Record<string, unknown>) => row({
  tag: 'screen-capture', attribute, property, value, text,
  effect: async (el) => void expect(await pickerOptions(el), 'what the picker is asked').to.deep.include(expected),
});

/**
 * Shares a blue stand-in screen, records with a red camera in the bubble, and returns a frame of
 * what the recording records (the composite). The store is the row's own, given as `store`.
 */
async function recordedFrame(el: El<'screen-capture'>): Promise<ImageData> {
  const store = createCaptureStore({ env: paintedCamera(red) });
  el.store = store;
  const viewers: StreamViewer[] = [];
  try {
    await store.start();
    await pickerOptions(el, () => new MediaStream([paintedTrack(640, 360, blue)]));
    await el.startRecording();
    await el.updateComplete;
    const viewer = new StreamViewer(el.recordingStream!);
    viewers.push(viewer);
    // The camera shows in the bubble from its first frame on: wait for a frame with some red.
    return await viewer.frameWhere((frame) => (frame.data.some((v, i) => i % 4 === 0 && v > 200) || el.bubble === 'off' ? '' : 'no camera yet'));
  } finally {
    viewers.forEach((v) => v.close());
    await el.stopRecording();
    el.stopSharing();
    store.destroy();
    stopPaintedTracks();
  }
}

const colourAt = (frame: ImageData, x: number, y: number) => pixelAt(frame, Math.round(x), Math.round(y));
const bubbleRow = (attribute: string, property: keyof El<'screen-capture'> & string, value: unknown, text: string,
  check: (frame: ImageData) => void) => row({
  tag: 'screen-capture', attribute, property, value, text,
  effect: async (el) => check(await recordedFrame(el)),
});

const persistKey = 'capture-kit:set-after-connect-test';

// ---- the table ----

const rows: Row[] = [
  // <capture-session>
  row({
    tag: 'capture-session', attribute: 'video', property: 'video', value: { width: 320 }, text: '{"width":320}', live: true,
    effect: (el) => until(() => isLive(el) && askedCamera(el).width === 320, 'the camera asked for width 320'),
  }),
  row({
    tag: 'capture-session', attribute: 'audio', property: 'audio', value: true, text: 'true', live: true,
    effect: (el) => until(() => isLive(el) && liveTrack(el, 'audio'), 'a live microphone'),
  }),
  row({
    tag: 'capture-session', attribute: 'autostart', property: 'autostart', value: true, text: '',
    effect: (el) => untilLive(el, 'started by autostart'),
  }),
  row({
    tag: 'capture-session', attribute: 'persist', property: 'persist', value: persistKey, text: persistKey,
    effect: async (el) => {
      await start(el);
      await untilLive(el);
      await until(() => el.state.devices.some((d) => d.kind === 'videoinput' && d.deviceId), 'the cameras’ ids');
      const camera = el.state.devices.find((d) => d.kind === 'videoinput' && d.deviceId)!;
      await el.store.selectDevice('videoinput', camera.deviceId);
      expect(localStorage.getItem(persistKey) ?? '', 'the choice saved under the persist key').to.contain(camera.deviceId);
    },
  }),

  // <camera-preview>
  row({
    tag: 'camera-preview', attribute: 'autostart', property: 'autostart', value: true, text: '',
    effect: (el) => untilLive(el, 'started by autostart'),
  }),
  mirrorRow('camera-preview'),
  row({
    tag: 'camera-preview', attribute: 'fit', property: 'fit', value: 'cover', text: 'cover',
    effect: async (el) => {
      await el.updateComplete;
      expect(getComputedStyle(partOf(el, 'video')!).objectFit).to.equal('cover');
    },
  }),
  row({
    tag: 'camera-preview', attribute: 'facing', property: 'facing', value: 'environment', text: 'environment',
    effect: async (el) => {
      await start(el);
      await untilLive(el);
      expect(askedFacing(askedCamera(el)), 'facingMode asked of getUserMedia').to.equal('environment');
    },
  }),
  row({
    tag: 'camera-preview', attribute: 'stop-when-hidden', property: 'stopWhenHidden', value: true, text: '', live: true,
    // The test runner's set-page-visible command hides the page behind another tab: Chromium only.
    unavailable: async () => ((await pageCanBeHidden()) ? undefined : 'hiding the page (set-page-visible) needs Chromium'),
    effect: async (el) => {
      const [track] = el.state.stream!.getVideoTracks();
      try {
        await setPageVisible(false);
        await until(() => track.readyState === 'ended', 'the camera off while the page is hidden');
        expect(el.state.status).to.equal('idle');
      } finally {
        await setPageVisible(true);
      }
      await untilLive(el, 'the camera back on when the page is shown');
    },
  }),

  // <device-picker>
  row({
    tag: 'device-picker', attribute: 'autostart', property: 'autostart', value: true, text: '',
    effect: (el) => untilLive(el, 'started by autostart'),
  }),
  row({
    tag: 'device-picker', attribute: 'kind', property: 'kind', value: 'audioinput', text: 'audioinput',
    effect: async (el) => {
      await el.updateComplete;
      expect(partOf(el, 'label')!.textContent).to.equal('Microphone');
      await start(el);
      await untilLive(el);
      expect(liveTrack(el, 'audio'), 'its store turned the microphone on').to.be.true;
      expect(el.state.tracks.video, 'and not the camera').to.equal(undefined);
      // Some engines (WebKit) list the devices a moment after the grant.
      await until(() => el.state.devices.some((d) => d.kind === 'audioinput' && d.deviceId), 'the microphones listed with their ids');
      await el.updateComplete;
      const microphones = el.state.devices.filter((d) => d.kind === 'audioinput').map((d) => d.deviceId);
      const options = [...el.shadowRoot!.querySelectorAll('option')].map((o) => o.value);
      expect(options, 'the microphones are listed').to.deep.equal(microphones);
      expect(microphones).to.not.be.empty;
    },
  }),
  row({
    tag: 'device-picker', attribute: 'label', property: 'label', value: 'Your camera', text: 'Your camera',
    effect: async (el) => {
      await el.updateComplete;
      expect(partOf(el, 'label')!.textContent).to.equal('Your camera');
    },
  }),
  row({
    tag: 'device-picker', attribute: 'previews', property: 'previews', value: true, text: '',
    effect: async (el) => {
      await until(() => el.state.devices.some((d) => d.kind === 'videoinput'), 'the cameras listed');
      await el.updateComplete;
      expect(partOf(el, 'select'), 'the select gives way to the list').to.equal(null);
      partOf(el, 'previews-button')!.click();
      await el.updateComplete;
      const thumbnails = () => [...el.shadowRoot!.querySelectorAll('video')];
      await until(() => thumbnails().length > 0 && thumbnails().every((v) => v.videoWidth > 0), 'the cameras shown live in the list');
    },
  }),

  // <audio-meter>
  row({
    tag: 'audio-meter', attribute: 'autostart', property: 'autostart', value: true, text: '',
    effect: (el) => until(() => isLive(el) && liveTrack(el, 'audio'), 'the microphone started by autostart', 8000),
  }),
  row({
    tag: 'audio-meter', attribute: 'label', property: 'label', value: 'Your voice', text: 'Your voice',
    effect: async (el) => {
      await el.updateComplete;
      expect(partOf(el, 'label')!.textContent).to.contain('Your voice');
      expect(partOf(el, 'meter')!.getAttribute('aria-label')).to.equal('Your voice');
    },
  }),

  // <constraint-panel>
  row({
    tag: 'constraint-panel', attribute: 'autostart', property: 'autostart', value: true, text: '',
    effect: (el) => until(() => isLive(el) && liveTrack(el, 'video'), 'the camera started by autostart', 8000),
  }),
  row({
    tag: 'constraint-panel', attribute: 'kind', property: 'kind', value: 'audio', text: 'audio',
    effect: async (el) => {
      await el.updateComplete;
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.start')!;
      expect(button.textContent.trim()).to.equal('Turn on microphone');
      button.click();
      await until(() => isLive(el) && liveTrack(el, 'audio'), 'a live microphone', 8000);
      expect(el.state.tracks.video, 'the camera stays off').to.equal(undefined);
      await el.updateComplete;
      expect(partOf(el, 'settings'), 'the microphone’s settings shown').to.exist;
    },
  }),

  // <photo-booth>
  row({
    tag: 'photo-booth', attribute: 'autostart', property: 'autostart', value: true, text: '',
    effect: (el) => untilLive(el, 'started by autostart'),
  }),
  row({
    tag: 'photo-booth', attribute: 'format', property: 'format', value: 'image/jpeg', text: 'image/jpeg', live: true,
    effect: async (el) => {
      expect((await el.takePhoto()).blob.type).to.equal('image/jpeg');
    },
  }),
  row({
    tag: 'photo-booth', attribute: 'mode', property: 'mode', value: 'video', text: 'video',
    effect: async (el) => {
      await el.updateComplete;
      expect(shutterOf(el).textContent).to.equal('Start recording');
    },
  }),
  row({
    tag: 'photo-booth', attribute: 'max-duration', property: 'maxDuration', value: 1, text: '1', live: true, with: { mode: 'video' },
    effect: async (el) => {
      await el.updateComplete;
      const ended = recordingEnds(el);
      shutterOf(el).click();
      await until(() => el.recording, 'the recording to start');
      await until(() => !el.recording, 'the recording to stop by itself after 1 s', 4000);
      await ended;
    },
  }),
  row({
    tag: 'photo-booth', attribute: 'quality', property: 'quality', value: 0.3, text: '0.3', live: true, with: { format: 'image/jpeg' },
    effect: async (el) => {
      const { blob } = await el.takePhoto();
      expect(blob.type).to.equal('image/jpeg');
      expect(await jpegQuality(blob), 'the quality the JPEG was encoded with (default 92)').to.be.within(25, 35);
    },
  }),
  row({
    tag: 'photo-booth', attribute: 'countdown', property: 'countdown', value: 2, text: '2', live: true,
    effect: async (el) => {
      await el.updateComplete;
      shutterOf(el).click();
      await el.updateComplete;
      expect(partOf(el, 'count')?.textContent, 'the countdown over the picture').to.equal('2');
      expect(el.photos, 'no photo before the countdown ends').to.have.length(0);
      partOf(el, 'cancel-button')!.click();
      await until(() => partOf(el, 'count') === null, 'the countdown cancelled');
    },
  }),
  row({
    tag: 'photo-booth', attribute: 'burst', property: 'burst', value: 2, text: '2', live: true, with: { 'burst-interval': '50' },
    effect: async (el) => {
      await el.updateComplete;
      shutterOf(el).click();
      await until(() => el.photos.length === 2, 'two photos from one press', 6000);
    },
  }),
  row({
    tag: 'photo-booth', attribute: 'burst-interval', property: 'burstInterval', value: 1200, text: '1200', live: true, with: { burst: '2' },
    effect: async (el) => {
      await el.updateComplete;
      const times: number[] = [];
      el.addEventListener('capture-photo', () => times.push(performance.now()));
      shutterOf(el).click();
      await until(() => times.length === 2, 'the burst’s two photos', 8000);
      expect(times[1] - times[0], 'ms between the photos (default 500)').to.be.at.least(1100);
    },
  }),
  row({
    tag: 'photo-booth', attribute: 'max-photos', property: 'maxPhotos', value: 1, text: '1', live: true,
    effect: async (el) => {
      await el.takePhoto();
      const newest = await el.takePhoto();
      expect(el.photos, 'the gallery keeps the newest only').to.deep.equal([newest]);
      await el.updateComplete;
      expect(partOf(el, 'gallery')!.querySelectorAll('li')).to.have.length(1);
    },
  }),
  row({
    tag: 'photo-booth', attribute: 'filter', property: 'filter', value: 'grayscale(1)', text: 'grayscale(1)', live: true,
    effect: async (el) => {
      await until(() => el.filteredStream !== null, 'the filtered stream');
      expect((await previewOf(el)).displayStream, 'the preview shows the filtered stream').to.equal(el.filteredStream);
    },
  }),
  mirrorRow('photo-booth'),
  row({
    tag: 'photo-booth', attribute: 'mirror-recording', property: 'mirrorRecording', value: true, text: '', live: true,
    with: { mode: 'video', mirror: 'true' },
    effect: async (el) => {
      await el.updateComplete;
      shutterOf(el).click();
      await until(() => el.recording, 'the recording to start');
      // The recording is drawn mirrored, and the preview shows those pixels as they are (no second flip).
      expect((await videoClasses(el)).contains('mirrored'), 'the preview flips the picture again').to.be.false;
      const ended = recordingEnds(el);
      shutterOf(el).click();
      await ended;
    },
  }),
  row({
    tag: 'photo-booth', attribute: 'mirror-photo', property: 'mirrorPhoto', value: true, text: '', live: true,
    effect: async (el, test) => {
      const raw = await cameraBalance(el.state.stream!);
      if (raw === 0) skipWithout(test, 'a fake camera picture with left and right to tell apart');
      const photo: CapturePhoto = await el.takePhoto();
      const bitmap = await createImageBitmap(photo.blob);
      const saved = leftOverRight(bitmap);
      bitmap.close();
      // Chromium's test pattern writes its clock at the top left: the saved photo has it at the right.
      expect(Math.sign(saved), 'the photo is mirrored').to.equal(-Math.sign(raw));
    },
  }),
  row({
    tag: 'photo-booth', attribute: 'source', property: 'source', value: 'image-capture', text: 'image-capture', live: true,
    // ImageCapture (full sensor photos) is Chromium's: elsewhere the booth takes the video frame, as documented.
    unavailable: () => Promise.resolve('ImageCapture' in window ? undefined : 'ImageCapture is missing (Chromium only)'),
    effect: async (el) => {
      const prototype = ImageCapture.prototype;
      const takePhoto = Object.getOwnPropertyDescriptor(prototype, 'takePhoto')!;
      let calls = 0;
      Object.defineProperty(prototype, 'takePhoto', {
        ...takePhoto,
        value(this: ImageCapture, settings?: PhotoSettings) {
          calls++;
          return (takePhoto.value as ImageCapture['takePhoto']).call(this, settings);
        },
      });
      try {
        await el.takePhoto();
      } finally {
        Object.defineProperty(prototype, 'takePhoto', takePhoto);
      }
      expect(calls, 'photos taken with ImageCapture').to.equal(1);
    },
  }),
  // <screen-capture>
  row({
    tag: 'screen-capture', attribute: 'autostart', property: 'autostart', value: true, text: '',
    effect: (el) => untilLive(el, 'its camera started for the bubble'),
  }),
  pickerRow('audio', 'audio', true, '', { audio: true }),
  pickerRow('display-surface', 'displaySurface', 'window', 'window', { video: { displaySurface: 'window' } }),
  pickerRow('system-audio', 'systemAudio', 'exclude', 'exclude', { systemAudio: 'exclude' }),
  pickerRow('window-audio', 'windowAudio', 'system', 'system', { windowAudio: 'system' }),
  pickerRow('surface-switching', 'surfaceSwitching', 'include', 'include', { surfaceSwitching: 'include' }),
  pickerRow('self-browser-surface', 'selfBrowserSurface', 'exclude', 'exclude', { selfBrowserSurface: 'exclude' }),
  pickerRow('monitor-type-surfaces', 'monitorTypeSurfaces', 'exclude', 'exclude', { monitorTypeSurfaces: 'exclude' }),
  pickerRow('prefer-current-tab', 'preferCurrentTab', true, '', { preferCurrentTab: true }),
  row({
    tag: 'screen-capture', attribute: 'focus-behavior', property: 'focusBehavior', value: 'no-focus-change', text: 'no-focus-change',
    unavailable: () => Promise.resolve('CaptureController' in window ? undefined : 'no CaptureController'),
    effect: async (el) => {
      const Controller = (window as unknown as { CaptureController: { prototype: { setFocusBehavior(b: string): void } } }).CaptureController;
      const behaviours: string[] = [];
      const restore = replace(Controller.prototype, 'setFocusBehavior', (behaviour: string) => void behaviours.push(behaviour));
      try {
        const options = await pickerOptions(el, canvasScreen) as { controller?: unknown };
        expect(options.controller, 'a CaptureController given to the picker').to.be.instanceOf(Controller);
        expect(behaviours).to.deep.equal(['no-focus-change']);
      } finally {
        restore();
        el.stopSharing();
      }
    },
  }),
  row({
    tag: 'screen-capture', attribute: 'crop-to', property: 'cropTo', value: 'nowhere', text: 'nowhere',
    effect: async (el) => {
      const options = await pickerOptions(el, canvasScreen);
      expect((options as { preferCurrentTab?: boolean }).preferCurrentTab, 'cropping needs this tab: offered first').to.equal(true);
      await until(() => partOf(el, 'notice') !== null, 'the crop notice');
      expect(partOf(el, 'notice')!.textContent).to.match(/crop/);
      el.stopSharing();
    },
  }),
  bubbleRow('bubble', 'bubble', 'off', 'off', (frame) => {
    const rect = bubbleRect(frame.width, frame.height);
    const centre = colourAt(frame, rect.x + rect.width / 2, rect.y + rect.height / 2);
    expect(isColour(centre, blue), `the screen where the bubble would be: ${describeRgb(centre)}`).to.be.true;
  }),
  bubbleRow('bubble-corner', 'bubbleCorner', 'top-left', 'top-left', (frame) => {
    const rect = bubbleRect(frame.width, frame.height, { corner: 'top-left' });
    const centre = colourAt(frame, rect.x + rect.width / 2, rect.y + rect.height / 2);
    expect(isColour(centre, red), `the camera at the top left: ${describeRgb(centre)}`).to.be.true;
  }),
  bubbleRow('bubble-size', 'bubbleSize', 0.5, '0.5', (frame) => {
    const big = bubbleRect(frame.width, frame.height, { size: 0.5 });
    const small = bubbleRect(frame.width, frame.height);
    // Inside the big bubble (its circle too), left of the default one.
    const x = big.x + big.width * 0.3;
    const point = colourAt(frame, x, big.y + big.height / 2);
    expect(x < small.x, 'a point outside the default bubble').to.be.true;
    expect(isColour(point, red), `the camera in a bubble half the height: ${describeRgb(point)}`).to.be.true;
  }),
  bubbleRow('bubble-shape', 'bubbleShape', 'square', 'square', (frame) => {
    const rect = bubbleRect(frame.width, frame.height);
    const corner = colourAt(frame, rect.x + 3, rect.y + 3); // outside a circle, inside a square
    expect(isColour(corner, red), `the camera in the square's corner: ${describeRgb(corner)}`).to.be.true;
  }),
  row({
    tag: 'device-check', attribute: 'autostart', property: 'autostart', value: true, text: '',
    effect: async (el) => {
      await untilLive(el, 'started by autostart');
      await until(() => el.getReport().camera.code !== 'not-checked', 'the camera checked', 10000);
    },
  }),
  row({
    tag: 'device-check', attribute: 'check-seconds', property: 'checkSeconds', value: 1, text: '1',
    effect: async (el) => {
      partOf(el, 'start-button')!.click();
      const startedAt = performance.now();
      await until(() => el.getReport().camera.code !== 'not-checked', 'the camera checked', 4000);
      expect(performance.now() - startedAt, 'ms until the verdict: one second of watching, not the default four').to.be.below(3500);
    },
  }),
  ...recordingRows('photo-booth'),
  ...recordingRows('screen-capture'),
  row({
    tag: 'screen-capture', attribute: 'max-duration', property: 'maxDuration', value: 1, text: '1',
    effect: async (el) => {
      const clips: unknown[] = [];
      el.addEventListener('capture-recording', (event) => clips.push(event.detail));
      el.addEventListener('capture-error', (event) => clips.push(event.detail));
      await pickerOptions(el, () => new MediaStream([paintedTrack(640, 360, blue)]));
      await el.startRecording();
      expect(el.recording, 'recording').to.be.true;
      await until(() => !el.recording, 'the recording to stop by itself after 1 s', 4000);
      await until(() => clips.length === 1, 'the recording delivered (a clip, or "nothing was recorded" where recordings are empty)');
      el.stopSharing();
      stopPaintedTracks();
    },
  }),
];

// ---- the tests ----


const nameOf = (r: Row) => `<${r.tag} ${r.attribute}>`;

function create(r: Row): El<Tag> {
  const el = document.createElement(r.tag);
  for (const [name, text] of Object.entries(r.with ?? {})) el.setAttribute(name, text);
  return el;
}

async function connect(r: Row, el: El<Tag>): Promise<void> {
  document.body.append(el);
  await el.updateComplete;
  if (!r.live) return;
  await start(el);
  await untilLive(el, 'started for the test');
  await el.updateComplete;
}

const setProperty = (r: Row, el: El<Tag>) => void ((el as unknown as Record<string, unknown>)[r.property] = r.value);

describe('attributes set before or after connecting', () => {
  elementSuite('capture-session, camera-preview, device-picker, audio-meter, constraint-panel, photo-booth, screen-capture, device-check');
  before(probeCameraFacing);
  beforeEach(() => localStorage.removeItem(persistKey));
  afterEach(() => localStorage.removeItem(persistKey));

  it('has a row for every attribute of every element, and no row for an attribute that is gone', async () => {
    const manifest = await attributesByTag();
    const tags = new Set(manifest.map(([tag]) => tag));
    expect([...new Set(rows.map((r) => r.tag))].filter((tag) => !tags.has(tag)), 'elements missing from custom-elements.json')
      .to.deep.equal([]);
    const declared = manifest.flatMap(([tag, attributes]) => attributes.map((a) => `<${tag} ${a.name}> ${a.fieldName ?? a.name}`));
    const tabled = rows.map((r) => `${nameOf(r)} ${r.property}`);
    expect(declared.filter((d) => !tabled.includes(d)), 'attributes without a row (or with another property)').to.deep.equal([]);
    expect(tabled.filter((t) => !declared.includes(t)), 'rows for attributes the manifest does not have').to.deep.equal([]);
  });

  for (const r of rows) {
    describe(nameOf(r), function () {
      this.timeout(30_000);
      beforeEach(async function () {
        const why = await r.unavailable?.();
        if (why) skipWithout(this, why);
      });

      it(`set as a property after connecting${r.live ? ' (capture live)' : ''}`, async function () {
        const el = create(r);
        await connect(r, el);
        setProperty(r, el);
        await el.updateComplete;
        await r.effect(el, this);
      });

      it(`set with setAttribute after connecting${r.live ? ' (capture live)' : ''}`, async function () {
        const el = create(r);
        await connect(r, el);
        el.setAttribute(r.attribute, r.text);
        await el.updateComplete;
        await r.effect(el, this);
      });

      it('set as a property before connecting', async function () {
        const el = create(r);
        setProperty(r, el);
        await connect(r, el);
        await r.effect(el, this);
      });
    });
  }
});
