import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/capture-session/define.js';
import '../../src/components/photo-booth/define.js';
import type { PhotoBooth } from '../../src/components/photo-booth/photo-booth.js';
import type { CaptureError } from '../../src/core/index.js';
import { elementSuite } from '../helpers/element-suite.js';
import { nextEvent } from '../helpers/events.js';
import { openAudioContexts, openObjectUrls, watchPageResources } from '../helpers/page-resources.js';
import { partOf } from '../helpers/parts.js';
import { describeEnd, expectOneEnd, recordingEnds, videoRecordingHasBytes } from '../helpers/recording.js';
import { replace, restoreReplaced } from '../helpers/replace.js';
import { settle } from '../helpers/status-events.js';
import { until } from '../helpers/tracks.js';

/** The booth in `template` (alone, or inside a session), once its camera is live. */
async function liveBoothIn(template: TemplateResult): Promise<PhotoBooth> {
  const root = await fixture<HTMLElement>(template);
  const el = root.localName === 'photo-booth' ? (root as PhotoBooth) : root.querySelector('photo-booth')!;
  await until(() => el.state.status === 'live', 'live');
  await el.updateComplete;
  return el;
}

/** Every `capture-photo` and `capture-error` the booth dispatches, as `type (operation)`. */
function recordDispatches(el: PhotoBooth): string[] {
  const seen: string[] = [];
  el.addEventListener('capture-photo', (event) => seen.push(event.type));
  el.addEventListener('capture-error', (event) => seen.push(`${event.type} (${event.operation}): ${event.detail.code}`));
  return seen;
}

/**
 * What the booth holds and lets go of: object URLs, its AudioContext reference, its shots. Counted
 * with the browser's own objects (test/helpers/page-resources.ts), installed before any element.
 */
describe('<photo-booth> resources', () => {
  elementSuite('photo-booth, capture-session');
  before(watchPageResources);
  afterEach(restoreReplaced); // a test that timed out leaves no fault behind

  describe('removed during a burst: nothing is taken, added or dispatched after, no URL is left', () => {
    const setups = [
      { name: 'in a session (the camera stays on)', template: html`<capture-session autostart><photo-booth burst="5" burst-interval="0"></photo-booth></capture-session>` },
      { name: 'alone (its camera ends with it)', template: html`<photo-booth autostart burst="5" burst-interval="0"></photo-booth>` },
    ];
    for (const { name, template } of setups) {
      it(name, async () => {
        const el = await liveBoothIn(template);
        const urls = openObjectUrls();
        const seen = recordDispatches(el);
        const takePhoto = el.takePhoto.bind(el);
        let askedAfterRemoval = 0;
        el.takePhoto = () => {
          if (!el.isConnected) askedAfterRemoval++;
          return takePhoto();
        };
        // The page removes the booth when the first photo of the burst arrives.
        el.addEventListener('capture-photo', () => el.remove(), { once: true });
        partOf(el, 'shutter')!.click();
        await until(() => !el.isConnected, 'the first photo');
        await settle();
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(askedAfterRemoval, 'photos the burst went on to take').to.equal(0);
        expect(seen, 'dispatched by the booth').to.deep.equal(['capture-photo']);
        expect(el.photos).to.have.length(0);
        expect(openObjectUrls() - urls, 'object URLs left').to.equal(0);
      });
    }

    it('a photo on its way when the booth leaves: rejected as aborted, never delivered', async () => {
      const el = await liveBoothIn(html`<capture-session autostart><photo-booth></photo-booth></capture-session>`);
      const urls = openObjectUrls();
      const seen = recordDispatches(el);
      const photo = el.takePhoto();
      el.remove();
      const error = await photo.then(() => null, (e: CaptureError) => e);
      expect(error?.code).to.equal('aborted');
      await settle();
      expect(seen, 'dispatched by the booth').to.deep.equal([]);
      expect(openObjectUrls() - urls, 'object URLs left').to.equal(0);
      const later = await el.takePhoto().then(() => null, (e: CaptureError) => e);
      expect(later?.code, 'a photo asked of a booth that left').to.equal('aborted');
      expect(seen).to.deep.equal([]);
    });
  });

  it('holds nothing for 200 photos the page kept (capture-photo prevented), and leaves nothing', async function () {
    this.timeout(120_000);
    const el = await liveBoothIn(html`<photo-booth autostart format="image/jpeg"></photo-booth>`);
    const urls = openObjectUrls();
    let uploaded = 0;
    // A page that uploads each photo itself: it takes the blob and keeps it out of the gallery.
    el.addEventListener('capture-photo', (event) => {
      event.preventDefault();
      if (event.detail.blob.size > 0) uploaded++;
    });
    const growth: number[] = [];
    for (let i = 1; i <= 200; i++) {
      await el.takePhoto();
      if (i % 50 === 0) growth.push(openObjectUrls() - urls);
    }
    expect(uploaded).to.equal(200);
    expect(el.photos).to.have.length(0);
    expect(growth, 'object URLs held after 50, 100, 150 and 200 photos').to.deep.equal([0, 0, 0, 0]);
    el.remove();
    await Promise.resolve(); // it lets go once the task shows it was not moved
    expect(openObjectUrls() - urls, 'object URLs left once it left').to.equal(0);
  });

  describe('a recording that cannot be set up: released, shown and reported once', () => {
    const NativeRecorder = window.MediaRecorder;
    const faults = [
      {
        name: 'the MediaRecorder constructor throws',
        inject: () => replace(window, 'MediaRecorder', Object.assign(function FailingRecorder() {
          throw new DOMException('No encoder for this stream', 'NotSupportedError');
        }, { isTypeSupported: (type: string) => NativeRecorder.isTypeSupported(type) }) as unknown as typeof MediaRecorder),
      },
      {
        name: 'createMediaStreamSource throws',
        inject: () => replace(AudioContext.prototype, 'createMediaStreamSource', () => {
          throw new DOMException('The microphone cannot be routed', 'InvalidStateError');
        }),
      },
    ];
    for (const { name, inject } of faults) {
      it(name, async () => {
        const el = await liveBoothIn(html`<capture-session autostart audio><photo-booth mode="video"></photo-booth></capture-session>`);
        expect(el.state.tracks.audio, 'a microphone to record').to.exist;
        const seen = recordDispatches(el);
        const unhandled: unknown[] = [];
        const onUnhandled = (event: PromiseRejectionEvent) => {
          event.preventDefault();
          unhandled.push(event.reason);
        };
        window.addEventListener('unhandledrejection', onUnhandled);
        const restore = inject();
        try {
          const failed = nextEvent(el, 'capture-error');
          partOf(el, 'shutter')!.click();
          const { detail } = await failed;
          await settle();
          expect(seen).to.deep.equal([`capture-error (recording): ${detail.code}`]);
          expect(detail.params.reason).to.equal('recording-failed');
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('.error')!.textContent).to.match(/^The recording failed: .+/);
          expect(el.recording).to.be.false;
          expect(partOf(el, 'shutter')!.hasAttribute('disabled'), 'the shutter can be pressed again').to.be.false;
          expect(el.filteredStream, 'the canvas of the recording').to.equal(null);
          // Nothing else on this page uses Web Audio: the booth's reference was the only one.
          await until(() => openAudioContexts() === 0, 'the AudioContext to close', 3000).catch(() => undefined);
          expect(openAudioContexts(), 'AudioContexts left open').to.equal(0);
          expect(unhandled, 'unhandled rejections').to.deep.equal([]);
        } finally {
          restore();
          window.removeEventListener('unhandledrejection', onUnhandled);
        }
        const ends = recordingEnds(el);
        partOf(el, 'shutter')!.click();
        await until(() => el.recording, 'a recording once the fault is gone');
        await new Promise((resolve) => setTimeout(resolve, 2000));
        partOf(el, 'shutter')!.click();
        await expectOneEnd(el, ends, await videoRecordingHasBytes());
      });
    }
  });

  it('a microphone switch that cannot be routed mid-recording ends the recording, keeps the clip, reports once', async () => {
    // Where video recordings have no bytes (WebKitGTK) there is no clip to keep: the failure is
    // still reported once, in its own words (not replaced by "nothing was recorded").
    const hasBytes = await videoRecordingHasBytes();
    const el = await liveBoothIn(html`<capture-session autostart audio><photo-booth mode="video"></photo-booth></capture-session>`);
    partOf(el, 'shutter')!.click();
    await until(() => el.recording, 'the recording');
    await new Promise((resolve) => setTimeout(resolve, 1500)); // long enough for the encoder to have written something
    const ends = recordingEnds(el);
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent) => thrown.push(event.error);
    window.addEventListener('error', onError);
    const restore = replace(AudioContext.prototype, 'createMediaStreamSource', () => {
      throw new DOMException('The microphone cannot be routed', 'InvalidStateError');
    });
    try {
      await el.store.reacquire('audio', { echoCancellation: false }); // a new microphone track
      await until(() => ends.length > 0, 'the failure');
      await until(() => el.filteredStream === null, 'the recording to finish (its canvas released)');
      // The clip follows once its file is made seekable (the muxer loads with the first clip).
      if (hasBytes) await until(() => ends.length === 2, 'the clip kept after the failure', 10_000);
      await settle();
      const failure = 'capture-error (recording): unknown, recording-failed (The recording failed: The microphone cannot be routed)';
      expect(ends.map(describeEnd)).to.deep.equal(hasBytes ? [failure, 'a clip'] : [failure]);
      expect(el.recording).to.be.false;
      expect(el.clips).to.have.length(hasBytes ? 1 : 0);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.error')!.textContent).to.equal('The recording failed: The microphone cannot be routed');
      expect(thrown, 'nothing thrown out of the update').to.deep.equal([]);
    } finally {
      restore();
      window.removeEventListener('error', onError);
    }
  });
});
