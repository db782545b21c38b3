import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CaptureSession } from '../../src/components/capture-session/capture-session.js';
import type { PhotoBooth } from '../../src/components/photo-booth/photo-booth.js';
import type { CaptureState } from '../../src/core/index.js';
import { elementSuite } from '../helpers/element-suite.js';
import { until } from '../helpers/tracks.js';

/**
 * WCAG 1.4.10 (reflow): at 320 CSS px wide nothing scrolls sideways and nothing is clipped, and
 * text resized to 200% still fits (at 640 CSS px, WCAG's 1280 px at 200% zoom, and at 320 px).
 * Text zoom is emulated with `font-size: 200%` on the root.
 */

type KitElement = HTMLElement & { state: CaptureState; updateComplete: Promise<boolean> };
const kitTags = new Set(['camera-preview', 'device-picker', 'audio-meter', 'constraint-panel', 'photo-booth']);

/** Every kit element on the page, also those inside other elements' shadow roots (the booth's preview). */
function kitElements(root: Document | ShadowRoot = document): KitElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].flatMap((el) => [
    ...(kitTags.has(el.localName) ? [el as KitElement] : []),
    ...(el.shadowRoot ? kitElements(el.shadowRoot) : []),
  ]);
}

/** How an element is named in a failure: its host, then its tag, part and class. */
function nameOf(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
  const kind = host?.getAttribute('kind') ? `[kind=${host.getAttribute('kind')}]` : '';
  const part = el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : '';
  const type = el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : '';
  const cls = [...el.classList].map((name) => `.${name}`).join('');
  return `${host ? `<${host.localName}${kind}> ` : ''}${el.localName}${part}${type}${cls}`;
}

/** True when the element sits inside a box of its shadow root that scrolls sideways on its own. */
function insideScroller(el: Element, host: Element): boolean {
  for (let box = el.parentElement; box && box !== host; box = box.parentElement) {
    if (['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) return true;
  }
  return false;
}

/**
 * What does not fit: the page wider than the viewport, a kit element's shadow content past the
 * element's right edge (content inside a box that scrolls on its own excepted: that box is
 * checked instead), and a kit box with content wider than itself, hidden (overflow hidden) or
 * spilling out of it (a long word, a row that does not wrap). The preview's picture cropped by
 * `fit="cover"` is by design, and is inside the <video>'s own box: not measured here.
 */
function offenders(): string[] {
  const found = new Map<string, number>();
  const note = (what: string, px: number) => found.set(what, Math.max(found.get(what) ?? 0, Math.round(px)));
  const width = document.documentElement.clientWidth;
  note('the page (scrollWidth past the viewport)', Math.max(0, document.documentElement.scrollWidth - width));
  for (const host of kitElements()) {
    const edge = host.getBoundingClientRect().right;
    const past = (el: Element) => el.getBoundingClientRect().right - edge;
    if (edge > width + 0.5) note(`<${host.localName}> itself past the viewport`, edge - width);
    for (const el of host.shadowRoot!.querySelectorAll('*')) {
      // the outermost box that overflows (its parent overflows less), not each of its descendants
      const parent = el.parentElement;
      if (past(el) > 0.5 && !insideScroller(el, host) && !(parent && past(parent) >= past(el) - 0.5)) {
        note(`${nameOf(el)} past its element's right edge`, past(el));
      }
    }
    for (const el of [host, ...host.shadowRoot!.querySelectorAll('*')]) {
      // content wider than its own box (a word, a row of buttons): hidden, or spilling out of it
      const { overflowX } = getComputedStyle(el);
      const scrolls = ['auto', 'scroll'].includes(overflowX) || insideScroller(el, host);
      // a box that scrolls sideways on its own: a named tab stop, so the keyboard can scroll it
      if (['auto', 'scroll'].includes(overflowX) && el.scrollWidth > el.clientWidth + 1) {
        const named = el.hasAttribute('aria-labelledby') || el.hasAttribute('aria-label');
        if ((el as HTMLElement).tabIndex < 0 || !named) note(`${nameOf(el)} scrolls sideways but is no named tab stop`, el.scrollWidth - el.clientWidth);
      }
      if (!scrolls && el.clientWidth > 0 && !el.classList.contains('visually-hidden') && el.scrollWidth > el.clientWidth + 1) {
        const how = ['hidden', 'clip'].includes(overflowX) ? 'hides part of its content' : 'has content spilling out of its box';
        note(`${nameOf(el)} ${how}`, el.scrollWidth - el.clientWidth);
      }
    }
  }
  return [...found].filter(([, px]) => px > 0).map(([what, px]) => `${what}: ${px}px`);
}

/** Every element in a page with 1rem gutters, live, with a photo in the gallery and the panels' JSON editor and supported list open. */
async function everyElement(): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(html`<main class="reflow" style="padding-inline: 1rem">
  <capture-session audio autostart>
    <camera-preview fit="cover"></camera-preview>
    <device-picker kind="videoinput"></device-picker>
    <device-picker kind="audioinput"></device-picker>
    <device-picker kind="audiooutput"></device-picker>
    <audio-meter></audio-meter>
    <constraint-panel kind="video"></constraint-panel>
    <constraint-panel kind="audio"></constraint-panel>
    <photo-booth></photo-booth>
  </capture-session></main>`);
  const session = container.querySelector<CaptureSession>('capture-session')!;
  await until(() => session.state.status === 'live', 'capture live', 8000);
  await container.querySelector<PhotoBooth>('photo-booth')!.takePhoto();
  for (const panel of container.querySelectorAll<KitElement>('constraint-panel')) {
    await panel.updateComplete;
    panel.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
  }
  await Promise.all(kitElements().map((el) => el.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(resolve)); // the photo decoded and laid out
  return container;
}

describe('reflow (WCAG 1.4.10): every element at 320 CSS px, and with text at 200%', () => {
  elementSuite('main.reflow');

  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  const cases = [
    { name: 'at 320px', width: 320, zoom: false },
    { name: 'with text at 200% at 640px', width: 640, zoom: true },
    { name: 'with text at 200% at 320px', width: 320, zoom: true },
  ];
  for (const { name, width, zoom } of cases) {
    it(`nothing scrolls sideways and nothing is clipped ${name}`, async () => {
      await setViewport({ width, height: 800 });
      if (zoom) document.documentElement.style.fontSize = '200%';
      const container = await everyElement();
      expect(document.documentElement.clientWidth).to.equal(width);
      expect(offenders(), 'what does not fit').to.deep.equal([]);
      await expect(container).to.be.accessible(); // a settings table scrolling in its section included
    });
  }
});
