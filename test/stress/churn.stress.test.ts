import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { CaptureElement } from '../../src/components/capture-element.js';
import type { CaptureSession } from '../../src/components/capture-session/capture-session.js';
import type { PhotoBooth } from '../../src/components/photo-booth/photo-booth.js';
import type { CaptureState } from '../../src/core/index.js';
import { openAudioContexts, openObjectUrls, waitingFrameCallbacks, watchPageResources } from '../helpers/page-resources.js';
import { expectNoLiveTracks, recordAcquiredTracks, until } from '../helpers/tracks.js';

/**
 * 1,000 mount/unmount cycles of every element (fewer where the stress config says so: WebKit),
 * each used as a page would (live camera, a meter measuring, a photo through a filter), and then
 * nothing left: no live track, no object URL, no animation loop, no AudioContext.
 */
const cycles = (globalThis as { churnCycles?: number }).churnCycles ?? 1000;

interface Case {
  tag: string;
  attributes?: Record<string, string>;
  /** What a page does with the element while it is on the page. */
  use?: (el: HTMLElement) => Promise<void>;
}

const stateOf = (el: HTMLElement): CaptureState =>
  el.localName === 'capture-session' ? (el as CaptureSession).store.getState() : (el as CaptureElement).state;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

const cases: Case[] = [
  { tag: 'capture-session' },
  { tag: 'camera-preview' },
  { tag: 'device-picker' },
  { tag: 'audio-meter', use: async () => { await frame(); await frame(); } },
  { tag: 'constraint-panel', use: (el) => until(() => Boolean(el.shadowRoot?.querySelector('input, select')), 'the controls') },
  { tag: 'photo-booth', attributes: { filter: 'grayscale(1)' }, use: async (el) => void await (el as PhotoBooth).takePhoto() },
];

describe(`churn: ${cycles} mount/unmount cycles of every element`, () => {
  before(() => {
    recordAcquiredTracks();
    watchPageResources();
  });

  for (const { tag, attributes = {}, use } of cases) {
    it(`<${tag}> leaves no track, object URL, animation loop or AudioContext behind`, async function () {
      this.timeout(600_000);
      for (let i = 0; i < cycles; i++) {
        const el = document.createElement(tag);
        Object.entries({ autostart: '', ...attributes }).forEach(([name, value]) => el.setAttribute(name, value));
        document.body.append(el);
        await until(() => stateOf(el).status === 'live', `<${tag}> live in cycle ${i}`);
        await use?.(el);
        el.remove();
      }
      await frame();
      await frame();
      await until(() => openAudioContexts() === 0, 'the AudioContexts to close').catch(() => undefined);
      expectNoLiveTracks();
      expect(openObjectUrls(), 'object URLs not revoked').to.equal(0);
      expect(waitingFrameCallbacks(), 'animation loops still scheduled').to.equal(0);
      expect(openAudioContexts(), 'AudioContexts open').to.equal(0);
    });
  }
});
