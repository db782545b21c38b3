import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CameraPreview } from '../../src/components/camera-preview/camera-preview.js';
import type { ConstraintPanel } from '../../src/components/constraint-panel/constraint-panel.js';
import type { DevicePicker } from '../../src/components/device-picker/device-picker.js';
import type { PhotoBooth } from '../../src/components/photo-booth/photo-booth.js';
import { elementSuite } from '../helpers/element-suite.js';
import { announcementOf, partOf } from '../helpers/parts.js';
import { until } from '../helpers/tracks.js';

/** The element that has the focus, through open shadow roots. */
function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Presses Tab until `predicate` holds for the focused element; fails after `limit` presses. */
async function tabTo(predicate: (el: Element | null) => boolean, what: string, limit = 20): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    if (predicate(focused())) return focused()!;
  }
  throw new Error(`Tab never reached ${what}; stopped on ${focused()?.outerHTML.slice(0, 80)}`);
}

const isPart = (name: string) => (el: Element | null) => el?.getAttribute('part') === name;

/**
 * Everything a mouse does, done from the keyboard: focus reaches each control with Tab, shows a
 * ring, and leaves the element again (no trap); the status region says what happened.
 */
describe('keyboard and screen reader use', () => {
  elementSuite('camera-preview, photo-booth, device-picker, constraint-panel, capture-session, button.after');
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('<camera-preview>: turns the camera on with Enter, announces it, and lets focus move on', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
    document.body.append(Object.assign(document.createElement('button'), { className: 'after', textContent: 'after' }));
    const start = await tabTo(isPart('start-button'), 'the start button');
    expect(start.matches(':focus-visible'), 'focus is shown').to.be.true;
    expect(getComputedStyle(start).outlineStyle).to.not.equal('none');
    await sendKeys({ press: 'Enter' });
    await until(() => el.state.status === 'live', 'the camera');
    await el.updateComplete;
    expect(announcementOf(el)).to.equal('Camera on');
    await tabTo((f) => f?.className === 'after', 'the button after the preview');
  });

  it('<photo-booth>: shutter, download and delete from the keyboard; photo taken is announced', async () => {
    const el = await fixture<PhotoBooth>(html`<photo-booth autostart></photo-booth>`);
    await until(() => el.state.status === 'live', 'live');
    await el.updateComplete;
    await tabTo(isPart('shutter'), 'the shutter');
    await sendKeys({ press: 'Enter' });
    await until(() => el.photos.length === 1, 'the photo');
    await el.updateComplete;
    expect(announcementOf(el)).to.equal('Photo taken');
    await tabTo((f) => f?.localName === 'a' && f.hasAttribute('download'), 'the download link');
    await tabTo((f) => f?.localName === 'button' && /^Delete:/.test(f.getAttribute('aria-label') ?? ''), 'the delete button');
    await sendKeys({ press: 'Enter' });
    await until(() => el.photos.length === 0, 'the photo to go');
  });

  it('<photo-booth>: no flash under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<PhotoBooth>(html`<photo-booth autostart></photo-booth>`);
    await until(() => el.state.status === 'live', 'live');
    await el.updateComplete;
    partOf(el, 'shutter')!.click();
    await until(() => el.photos.length === 1, 'the photo');
    await el.updateComplete;
    const flash = el.shadowRoot!.querySelector('.flash');
    expect(flash === null || getComputedStyle(flash).display === 'none', 'no flash').to.be.true;
  });

  it('<camera-preview>: the spinner does not spin under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<CameraPreview>(html`<camera-preview></camera-preview>`);
    void el.store.start();
    await el.updateComplete;
    const spinner = el.shadowRoot!.querySelector('.spinner');
    expect(spinner, 'the spinner while the camera starts').to.not.equal(null);
    expect(getComputedStyle(spinner!).animationName).to.equal('none');
    await until(() => el.state.status === 'live', 'live');
  });

  it('<device-picker>: the arrow keys choose another microphone', async () => {
    const picker = await fixture<DevicePicker>(html`<device-picker kind="audioinput" autostart></device-picker>`);
    await until(() => picker.state.status === 'live' && picker.state.devices.some((d) => d.label), 'the microphones');
    await picker.updateComplete;
    const select = await tabTo((f) => f?.localName === 'select', 'the select');
    const before = (select as HTMLSelectElement).value;
    await sendKeys({ press: 'ArrowDown' });
    await until(() => (picker.state.selected.audioinput ?? '') !== before, 'another microphone chosen');
  });

  it('<constraint-panel>: a slider moves with the arrow keys and the camera follows', async () => {
    const panel = await fixture<ConstraintPanel>(html`<constraint-panel autostart></constraint-panel>`);
    await until(() => panel.state.status === 'live', 'live');
    await panel.updateComplete;
    const slider = await tabTo((f) => f?.getAttribute('type') === 'range', 'a slider', 40) as HTMLInputElement;
    const name = slider.name || slider.getAttribute('aria-label');
    const before = slider.value;
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowLeft' });
    expect(slider.value, `${name} moved`).to.not.equal(before);
    const applied = () => JSON.stringify(panel.state.tracks.video?.constraints ?? {});
    // Five applies in a row (each key press is a change): on a busy machine they take seconds.
    await until(() => applied().includes(String(slider.value)), 'the constraint applied', 10000).catch((error: Error) => {
      throw new Error(`${error.message}: ${name} ${slider.value}, in force ${applied()}, shown ${panel.shadowRoot!.querySelector('[part~="error"]')?.textContent?.trim() || 'no error'}`);
    });
  });
});
