import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/capture-session/define.js';
import '../../src/components/constraint-panel/define.js';
import type { ConstraintPanel } from '../../src/components/constraint-panel/constraint-panel.js';
import { cameraRescales } from '../helpers/browser.js';
import { elementSuite } from '../helpers/element-suite.js';
import { nextEvent } from '../helpers/events.js';
import { partOf } from '../helpers/parts.js';
import { constraintLabel } from '../../src/components/constraint-panel/constraint-names.js';
import { defaultStrings } from '../../src/i18n/default-strings.js';
import { frenchStrings } from '../../src/i18n/fr.js';
import { setStrings } from '../../src/i18n/strings.js';
import { until } from '../helpers/tracks.js';
import { skipWithout } from '../helpers/skip.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const delivered = (el: ConstraintPanel, name: string) =>
  $(el, `tr[data-constraint="${name}"] td:last-child`)?.textContent?.trim();

async function livePanel(kind: 'video' | 'audio' = 'video'): Promise<ConstraintPanel> {
  const el = await fixture<ConstraintPanel>(html`<constraint-panel kind=${kind} autostart></constraint-panel>`);
  await until(() => el.state.status === 'live', 'live');
  await el.updateComplete;
  return el;
}

function setRange(input: HTMLInputElement, value: number): void {
  input.value = String(value);
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
}

describe('<constraint-panel>', () => {
  const suite = elementSuite('constraint-panel, capture-session');

  it('names each constraint for people, with its own name beside, in the controls and the settings table', async () => {
    const el = await livePanel();
    const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();
    expect(text($(el, 'label[for="control-frameRate"]'))).to.equal('Frame rate frameRate');
    expect(text($(el, 'label[for="control-width"] code'))).to.equal('width');
    expect(text($(el, 'tr[data-constraint="height"] th'))).to.equal('Height height');
    expect($(el, '#control-width + input[type="number"]')!.getAttribute('aria-label')).to.equal('Width, number');
    try {
      setStrings(frenchStrings);
      await el.updateComplete;
      expect(text($(el, 'label[for="control-frameRate"]'))).to.equal('Fréquence d’images frameRate');
      expect(text($(el, 'tr[data-constraint="width"] th'))).to.equal('Largeur width');
    } finally {
      setStrings(defaultStrings);
    }
    expect(constraintLabel('someFutureConstraint'), 'an unknown name').to.equal('someFutureConstraint');
    await expect(el).to.be.accessible();
  });

  it('generates a control with the right bounds for each capability the camera reports', async () => {
    const el = await livePanel();
    const { capabilities } = el.state.tracks.video!;
    for (const name of Object.keys(capabilities).filter((n) => n !== 'deviceId' && n !== 'groupId')) {
      expect($(el, `#control-${name}`), name).to.exist;
    }
    const ranges = (['width', 'height', 'frameRate', 'aspectRatio'] as const).filter((name) => name in capabilities);
    expect(ranges).to.include.members(['width', 'height', 'frameRate']);
    for (const name of ranges) {
      const range = capabilities[name] as ULongRange;
      const input = $<HTMLInputElement>(el, `#control-${name}`)!;
      expect(input.type, name).to.equal('range');
      expect(Number(input.min), name).to.equal(range.min);
      expect(Number(input.max), name).to.equal(range.max);
    }
    for (const name of ['resizeMode', 'facingMode'].filter((n) => n in capabilities)) {
      expect($(el, `#control-${name}`)!.tagName, name).to.equal('SELECT');
    }
    expect($(el, '#control-deviceId')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('applies a width from its control and shows what the camera delivers', async function () {
    if (!(await cameraRescales())) skipWithout(this, 'a fake camera that rescales on applyConstraints');
    const el = await livePanel();
    const changed = nextEvent(el, 'capture-constraints-change');
    setRange($<HTMLInputElement>(el, '#control-width')!, 320);
    const { detail } = await changed;
    expect(detail.kind).to.equal('video');
    expect(detail.settings.width).to.equal(320);
    expect(el.state.tracks.video!.settings.width).to.equal(320);
    await el.updateComplete;
    expect(delivered(el, 'width')).to.equal('320 px');
    expect($<HTMLInputElement>(el, '#control-width')!.getAttribute('aria-valuetext')).to.equal('320 px');
  });

  it('applies a resolution preset, and disables the ones the camera cannot reach', async function () {
    if (!(await cameraRescales())) skipWithout(this, 'a fake camera that rescales on applyConstraints');
    const el = await livePanel();
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="presets"] button')];
    const qvga = buttons.find((b) => b.textContent.startsWith('QVGA'))!;
    qvga.click();
    await until(() => el.state.tracks.video?.settings.width === 320, 'width 320');
    expect(el.state.tracks.video!.settings.height).to.equal(240);
    const { width } = el.state.tracks.video!.capabilities as { width: ULongRange };
    for (const button of buttons) {
      const presetWidth = Number(/(\d+)×/.exec(button.textContent)![1]);
      expect(button.disabled, button.textContent).to.equal(presetWidth > width.max!);
    }
  });

  it('names the constraint an impossible JSON value broke, and keeps the settings in force', async function () {
    if (!(await cameraRescales())) skipWithout(this, 'a fake camera that rescales on applyConstraints');
    const el = await livePanel();
    const before = el.state.tracks.video!.settings.width;
    const editor = $<HTMLTextAreaElement>(el, '#json')!;
    editor.value = '{ "width": { "exact": 99999 } }';
    editor.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const failed = nextEvent(el, 'capture-error');
    $<HTMLButtonElement>(el, '[part="editor"] .actions button')!.click();
    expect((await failed).detail).to.include({ code: 'overconstrained', constraint: 'width' });
    await el.updateComplete;
    expect(partOf(el, 'error')!.textContent).to.contain('width');
    expect(el.state.tracks.video!.settings.width).to.equal(before);
    expect($<HTMLInputElement>(el, '#control-width')!.value).to.equal(String(before));
    expect(delivered(el, 'width')).to.equal(`${before} px`);
  });

  it('shows the parse error of invalid JSON and applies nothing', async () => {
    const el = await livePanel();
    let applied = 0;
    el.addEventListener('capture-constraints-change', () => applied++);
    const editor = $<HTMLTextAreaElement>(el, '#json')!;
    editor.value = '{ "width": 320,, }';
    editor.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '#json-error')!.textContent).to.not.equal('');
    expect(editor.getAttribute('aria-invalid')).to.equal('true');
    const apply = $<HTMLButtonElement>(el, '[part="editor"] .actions button')!;
    expect(apply.disabled).to.be.true;
    apply.click();
    await el.updateComplete;
    expect(applied).to.equal(0);
  });

  it('offers the microphone processing switches and applying one changes the track', async () => {
    const el = await livePanel('audio');
    const capabilities = el.state.tracks.audio!.capabilities as Record<string, unknown>;
    // A switch for each processing step the microphone reports (WebKit's mock: echo cancellation only).
    const switches = ['echoCancellation', 'noiseSuppression', 'autoGainControl'];
    const offered = switches.filter((name) => name in capabilities);
    expect(offered, 'the microphone reports some processing').to.not.be.empty;
    for (const name of switches) expect($(el, `#control-${name}`) !== null, name).to.equal(offered.includes(name));
    const name = offered.includes('noiseSuppression') ? 'noiseSuppression' : offered[0];
    const control = $<HTMLInputElement | HTMLSelectElement>(el, `#control-${name}`)!;
    const settings = el.state.tracks.audio!.settings as Record<string, unknown>;
    const was = settings[name] as boolean;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      control.checked = !was;
    } else {
      (control as HTMLSelectElement).value = String(!was);
    }
    const changed = nextEvent(el, 'capture-constraints-change');
    control.dispatchEvent(new Event('change'));
    const { detail } = await changed;
    const options = (capabilities[name] as boolean[] | undefined) ?? [];
    // Firefox's fake microphone offers only `false`: it must then keep what it has.
    const expected = options.includes(!was) ? !was : was;
    expect((detail.settings as Record<string, unknown>)[name]).to.equal(expected);
    expect((el.state.tracks.audio!.settings as Record<string, unknown>)[name]).to.equal(expected);
    await expect(el).to.be.accessible();
  });

  it('lists the constraints the browser knows and says to start capture before there is a track', async () => {
    const el = await fixture<ConstraintPanel>(html`<constraint-panel></constraint-panel>`);
    await el.updateComplete;
    const supported = [...el.shadowRoot!.querySelectorAll('[part="supported"] li')].map((li) => li.textContent);
    expect(supported).to.include.members(['width', 'height', 'deviceId']);
    expect(el.shadowRoot!.textContent).to.contain('Start capture to change these settings');
    expect(el.state.status).to.equal('idle');
    await expect(el).to.be.accessible();
  });

  it('warns about an unknown kind and works on the camera', async () => {
    const el = await fixture<ConstraintPanel>(html`<constraint-panel kind="picture"></constraint-panel>`);
    expect(el.kind).to.equal('video');
    expect(suite.warnings()).to.contain('<constraint-panel>: kind="picture"');
  });

  it('works on the camera of the session around it', async () => {
    const session = await fixture(html`<capture-session autostart><constraint-panel></constraint-panel></capture-session>`);
    const el = session.querySelector('constraint-panel')!;
    await until(() => el.state.status === 'live', 'live');
    expect(el.store).to.equal((session as HTMLElementTagNameMap['capture-session']).store);
  });
});
