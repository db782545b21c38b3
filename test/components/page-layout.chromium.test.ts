import { expect, fixture, html } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { CaptureSession } from '../../src/components/capture-session/capture-session.js';
import type { PhotoBooth } from '../../src/components/photo-booth/photo-booth.js';
import type { CaptureState } from '../../src/core/index.js';
import { elementSuite } from '../helpers/element-suite.js';
import { until } from '../helpers/tracks.js';

declare global {
  interface Window {
    axe: { run: (context: Element, options: object) => Promise<AxeResults> };
  }
}

/** Each element as a page would place it, alone: with autostart for the live layouts. */
const alone: Record<string, (autostart: boolean) => TemplateResult> = {
  'capture-session': (autostart) => html`<capture-session ?autostart=${autostart}></capture-session>`,
  'camera-preview': (autostart) => html`<camera-preview ?autostart=${autostart}></camera-preview>`,
  'device-picker': (autostart) => html`<device-picker ?autostart=${autostart}></device-picker>`,
  'audio-meter': (autostart) => html`<audio-meter ?autostart=${autostart}></audio-meter>`,
  'constraint-panel': (autostart) => html`<constraint-panel ?autostart=${autostart}></constraint-panel>`,
  'photo-booth': (autostart) => html`<photo-booth ?autostart=${autostart}></photo-booth>`,
};

/** Every element in one session, a panel for each kind of track. */
const together = (autostart: boolean) => html`<capture-session audio ?autostart=${autostart}>
  <camera-preview></camera-preview>
  <device-picker kind="videoinput"></device-picker>
  <device-picker kind="audioinput"></device-picker>
  <audio-meter></audio-meter>
  <constraint-panel kind="video"></constraint-panel>
  <constraint-panel kind="audio"></constraint-panel>
  <photo-booth></photo-booth>
</capture-session>`;

/** An app's page: its own <h1>, then the kit. */
const page = (kit: TemplateResult) => fixture<HTMLElement>(html`<main class="page"><h1>My app</h1>${kit}</main>`);

const kitElements = (container: Element) =>
  [...container.querySelectorAll<HTMLElement & { state: CaptureState; updateComplete: Promise<boolean> }>('*')]
    .filter((el) => el.localName in alone);

/** Live, and with a photo in each booth's gallery: everything the elements show is on screen. */
async function goLive(container: Element): Promise<void> {
  const elements = kitElements(container);
  await until(() => elements.every((el) => el.state.status === 'live'), 'capture live', 8000);
  for (const booth of container.querySelectorAll<PhotoBooth>('photo-booth')) await booth.takePhoto();
  await Promise.all(elements.map((el) => el.updateComplete));
}

/** axe on the whole page layout; the heading-order rule must have been evaluated, not left out. */
async function expectAccessiblePage(container: HTMLElement): Promise<void> {
  await expect(container).to.be.accessible();
  const { passes, violations } = await window.axe.run(container, { runOnly: ['heading-order'] });
  expect([...passes, ...violations].map((rule) => rule.id), 'rules evaluated').to.include('heading-order');
}

describe('the kit on a page with its own headings (axe, heading order included)', () => {
  elementSuite('main.page, capture-session');

  for (const [tag, layout] of Object.entries(alone)) {
    it(`an <h1>, then <${tag}> idle`, async () => {
      await expectAccessiblePage(await page(layout(false)));
    });

    it(`an <h1>, then <${tag}> live`, async () => {
      const container = await page(layout(true));
      await goLive(container);
      await expectAccessiblePage(container);
    });
  }

  it('an <h1>, then every element in one <capture-session>, idle', async () => {
    await expectAccessiblePage(await page(together(false)));
  });

  it('an <h1>, then every element in one <capture-session>, live', async () => {
    const container = await page(together(true));
    await goLive(container);
    expect(container.querySelector<CaptureSession>('capture-session')!.state.tracks.audio).to.exist;
    await expectAccessiblePage(container);
  });
});
