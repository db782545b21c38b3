import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/constraint-panel/define.js';
import type { ConstraintPanel } from '../../src/components/constraint-panel/constraint-panel.js';
import { defaultStrings } from '../../src/i18n/default-strings.js';
import { frenchStrings } from '../../src/i18n/fr.js';
import { setStrings } from '../../src/i18n/strings.js';
import { elementSuite } from '../helpers/element-suite.js';
import { until } from '../helpers/tracks.js';

// The panel's texts follow setStrings() at once, also those shown before the switch: the JSON
// editor's reason, the preset names and the units are chosen when the panel renders.

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const jsonError = (el: ConstraintPanel) => $(el, '#json-error')!.textContent;
const presetLabels = (el: ConstraintPanel) =>
  [...el.shadowRoot!.querySelectorAll('[part="presets"] button')].map((b) => b.textContent);
const delivered = (el: ConstraintPanel, name: string) =>
  $(el, `tr[data-constraint="${name}"] td:last-child`)?.textContent?.trim();

async function livePanel(): Promise<ConstraintPanel> {
  const el = await fixture<ConstraintPanel>(html`<constraint-panel autostart></constraint-panel>`);
  await until(() => el.state.status === 'live', 'live');
  await el.updateComplete;
  return el;
}

async function typeJson(el: ConstraintPanel, text: string): Promise<void> {
  const editor = $<HTMLTextAreaElement>(el, '#json')!;
  editor.value = text;
  editor.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function switchTo(el: ConstraintPanel, strings: Parameters<typeof setStrings>[0]): Promise<void> {
  setStrings(strings);
  await el.updateComplete;
}

describe('<constraint-panel> texts', () => {
  elementSuite('constraint-panel');
  afterEach(() => setStrings(defaultStrings));

  it('says why the JSON is refused in the language in force, also after a switch while it is shown', async () => {
    const el = await livePanel();
    const bad = '{ "width": 320,, }';
    let engine = '';
    try {
      JSON.parse(bad);
    } catch (error) {
      engine = (error as Error).message;
    }
    await typeJson(el, bad);
    expect(jsonError(el)).to.equal(`This is not valid JSON: ${engine}`);
    await switchTo(el, frenchStrings);
    expect(jsonError(el)).to.equal(`Ce n’est pas du JSON valide : ${engine}`);

    await typeJson(el, '[1, 2]');
    expect(jsonError(el)).to.equal('Les contraintes doivent être un objet JSON, par exemple { "width": { "ideal": 1280 } }.');
    await typeJson(el, '{ "advanced": { "width": 1920 } }');
    expect(jsonError(el)).to.equal('« advanced » doit être une liste d’ensembles de contraintes, par exemple [{ "width": 1920 }].');
    await switchTo(el, defaultStrings);
    expect(jsonError(el)).to.equal('"advanced" must be a list of constraint sets, like [{ "width": 1920 }].');

    await typeJson(el, '{ "width": 320 }');
    expect(jsonError(el)).to.equal('');
    expect($<HTMLButtonElement>(el, '[part="editor"] .actions button')!.disabled).to.be.false;
  });

  it('names the resolution presets with the texts in force', async () => {
    const el = await livePanel();
    expect(presetLabels(el).slice(0, 5)).to.deep.equal(
      ['QVGA 320×240', 'VGA 640×480', 'HD 1280×720', 'Full HD 1920×1080', '4K 3840×2160']);
    await switchTo(el, { panelPresetQvga: 'Quart de VGA', panelPresetFullHd: 'HD intégrale' });
    expect(presetLabels(el).slice(0, 5)).to.deep.equal(
      ['Quart de VGA 320×240', 'VGA 640×480', 'HD 1280×720', 'HD intégrale 1920×1080', '4K 3840×2160']);

    const { width, height } = el.state.tracks.video!.capabilities;
    if (width?.max && height?.max) {
      await switchTo(el, defaultStrings);
      expect(presetLabels(el).at(-1)).to.equal(`Max ${width.max}×${height.max}`);
      await switchTo(el, frenchStrings);
      expect(presetLabels(el).at(-1)).to.equal(`Maximale ${width.max}×${height.max}`);
    }
  });

  it('shows the units of the settings and the controls with the texts in force', async () => {
    const el = await livePanel();
    const { width } = el.state.tracks.video!.settings;
    const slider = $<HTMLInputElement>(el, '#control-width')!;
    expect(delivered(el, 'width')).to.equal(`${width} px`);
    expect(delivered(el, 'frameRate')).to.match(/^[\d.]+ fps$/);
    expect(slider.getAttribute('aria-valuetext')).to.equal(`${slider.value} px`);
    await switchTo(el, frenchStrings);
    expect(delivered(el, 'width')).to.equal(`${width}\u00a0px`);
    expect(delivered(el, 'frameRate')).to.match(/^[\d.]+\u00a0i\/s$/);
    expect(slider.getAttribute('aria-valuetext')).to.equal(`${slider.value}\u00a0px`);
  });
});
