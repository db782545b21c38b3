import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/audio-meter/define.js';
import type { AudioMeter } from '../../src/components/audio-meter/audio-meter.js';
import { defaultStrings } from '../../src/i18n/default-strings.js';
import { frenchStrings } from '../../src/i18n/fr.js';
import { setStrings } from '../../src/i18n/strings.js';
import { audioRuns, frameRequestCount, openAudioContexts, watchPageResources } from '../helpers/page-resources.js';
import { acquiredTrackCount, expectNoLiveTracks, recordAcquiredTracks, until } from '../helpers/tracks.js';
import { skipWithout } from '../helpers/skip.js';

const meterOf = (el: AudioMeter) => el.shadowRoot!.querySelector('[role="meter"]')!;
const nextFrames = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('<audio-meter>', () => {
  before(async function () {
    recordAcquiredTracks();
    watchPageResources();
    if (!(await audioRuns())) skipWithout(this, 'a running AudioContext');
  });
  afterEach(async () => {
    document.querySelectorAll('audio-meter').forEach((el) => el.remove());
    await Promise.resolve(); // a meter lets go of its microphone once the task shows it was not moved
    expectNoLiveTracks();
  });

  it('shows a non-zero level from the microphone as a labelled meter', async () => {
    const el = await fixture<AudioMeter>(html`<audio-meter autostart></audio-meter>`);
    await until(() => Number(meterOf(el).getAttribute('aria-valuenow')) > 0, 'a level above zero', 8000);
    const meter = meterOf(el);
    expect(meter.getAttribute('aria-label')).to.equal('Microphone level');
    expect(meter.getAttribute('aria-valuetext')).to.match(/^\d+%$/);
    await expect(el).to.be.accessible();
  });

  it('shows its label, and says the microphone is off while it measures nothing', async () => {
    const el = await fixture<AudioMeter>(html`<audio-meter></audio-meter>`);
    const label = el.shadowRoot!.querySelector<HTMLElement>('[part="label"]')!;
    expect(label.checkVisibility(), 'the label is visible').to.be.true;
    expect(label.textContent.replace(/\s+/g, ' ').trim()).to.equal('Microphone level Microphone off');
    expect(meterOf(el).getAttribute('aria-valuetext')).to.equal('Microphone off');
    el.label = 'Your voice';
    await el.updateComplete;
    expect(label.textContent).to.contain('Your voice');
    expect(meterOf(el).getAttribute('aria-label')).to.equal('Your voice');
    await expect(el).to.be.accessible();
  });

  it('shows the level as a number and never an empty bar while measuring', async () => {
    const el = await fixture<AudioMeter>(html`<audio-meter autostart></audio-meter>`);
    await until(() => el.level > 0, 'a level', 8000);
    el.level = 0;
    await el.updateComplete;
    const bar = el.shadowRoot!.querySelector<HTMLElement>('[part="bar"]')!;
    expect(bar.getBoundingClientRect().width, 'the bar of a silent, listening meter').to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.match(/\d+%/);
  });

  it('reads the level out in the language in force', async () => {
    const el = await fixture<AudioMeter>(html`<audio-meter autostart></audio-meter>`);
    await until(() => Number(meterOf(el).getAttribute('aria-valuenow')) > 0, 'a level above zero', 8000);
    try {
      setStrings(frenchStrings);
      await el.updateComplete;
      expect(meterOf(el).getAttribute('aria-valuetext')).to.match(/^\d+\u202f%$/);
    } finally {
      setStrings(defaultStrings);
    }
  });

  it('leaves no AudioContext, animation frame loop or track running when removed', async () => {
    const el = await fixture<AudioMeter>(html`<audio-meter autostart></audio-meter>`);
    await until(() => el.level > 0, 'a level', 8000);
    expect(openAudioContexts()).to.equal(1);
    el.remove();
    await nextFrames();
    const frames = frameRequestCount();
    await nextFrames();
    expect(frameRequestCount() - frames, 'frames requested after removal').to.equal(0);
    await until(() => openAudioContexts() === 0, 'the AudioContext closed');
  });

  it('shares one AudioContext between meters', async () => {
    const [a, b] = await Promise.all([
      fixture<AudioMeter>(html`<audio-meter autostart></audio-meter>`),
      fixture<AudioMeter>(html`<audio-meter autostart></audio-meter>`),
    ]);
    await until(() => a.level > 0 && b.level > 0, 'both levels', 8000);
    expect(openAudioContexts()).to.equal(1);
    a.remove();
    await nextFrames();
    expect(openAudioContexts()).to.equal(1);
    b.remove();
    await until(() => openAudioContexts() === 0, 'the AudioContext closed');
  });

  it('draws a change of microphone in the update it asked for, leaving no other pending', async () => {
    const el = await fixture<AudioMeter>(html`<audio-meter></audio-meter>`);
    /** Resolves with `updateComplete` of the update that the store's change to `status` requests. */
    const updateFor = (status: string) => new Promise<boolean>((resolve) => {
      const stop = el.store.subscribe((state) => {
        if (state.status !== status) return;
        stop();
        resolve(el.updateComplete); // false when that update scheduled another one
      });
    });
    const live = updateFor('live');
    el.store.start().catch(() => undefined);
    expect(await live, 'the update that starts measuring').to.be.true;
    expect(meterOf(el).getAttribute('aria-valuetext')).to.match(/^\d+%$/);
    const idle = updateFor('idle');
    el.store.stop();
    expect(await idle, 'the update that stops measuring').to.be.true;
    expect(meterOf(el).getAttribute('aria-valuetext')).to.equal('Microphone off');
  });

  it('waits for the person before turning the microphone on', async () => {
    const before = acquiredTrackCount();
    const el = await fixture<AudioMeter>(html`<audio-meter></audio-meter>`);
    expect(meterOf(el).getAttribute('aria-valuetext')).to.equal('Microphone off');
    await expect(el).to.be.accessible();
    expect(acquiredTrackCount()).to.equal(before);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="start-button"]')!.click();
    await until(() => el.level > 0, 'a level', 8000);
  });
});
