import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/constraint-panel/define.js';
import type { ConstraintPanel } from '../../src/components/constraint-panel/constraint-panel.js';
import { createCaptureStore, type CaptureStore } from '../../src/core/index.js';
import { cameraRescales } from '../helpers/browser.js';
import { elementSuite } from '../helpers/element-suite.js';
import { fakeEnv } from '../helpers/fake-media.js';
import { until } from '../helpers/tracks.js';
import { skipWithout } from '../helpers/skip.js';
import { $, flip, record, setNumber } from '../helpers/panel.js';

// Changes made while an apply is in flight (a slider moved twice, a number field then a preset,
// two switches) must not undo each other: each builds on what the one before it asked for.

function preset(el: ConstraintPanel, label: string): HTMLButtonElement {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="presets"] button')].find((b) => b.textContent.startsWith(label))!;
}

/** Runs `during` once, when the store's first applyConstraints call has started and not yet settled. */
function duringFirstApply(store: CaptureStore, during: () => void): void {
  const real = store.applyConstraints.bind(store);
  store.applyConstraints = (kind, constraints) => {
    store.applyConstraints = real;
    during();
    return real(kind, constraints);
  };
}

/**
 * Wraps the store's applyConstraints: records every set asked; `hold()` keeps the next call in
 * flight (before it reaches the track) until `release()`.
 */
function holdApplies(store: CaptureStore) {
  const real = store.applyConstraints.bind(store);
  const calls: MediaTrackConstraints[] = [];
  let gate: Promise<void> | undefined;
  let release = () => {};
  store.applyConstraints = async (kind, constraints) => {
    calls.push(constraints);
    const held = gate;
    gate = undefined;
    await held;
    return real(kind, constraints);
  };
  return {
    calls,
    hold: () => void (gate = new Promise<void>((resolve) => (release = resolve))),
    release: () => release(),
  };
}

/** Whether a canvas track takes constraints (Chromium: yes; Firefox refuses every set, even `{}`). */
async function canvasTracksTakeConstraints(): Promise<boolean> {
  const canvas = Object.assign(document.createElement('canvas'), { width: 640, height: 480 });
  const track = canvas.captureStream().getVideoTracks()[0];
  const refusal = () => track.applyConstraints({ width: { exact: 99999 } }).then(() => false, () => true);
  const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000));
  try {
    await track.applyConstraints({ width: { exact: 320 } });
    return await Promise.race([refusal(), late]); // WebKit's take any width
  } catch {
    return false;
  } finally {
    track.stop();
  }
}

async function livePanel(kind: 'video' | 'audio' = 'video'): Promise<ConstraintPanel> {
  const el = await fixture<ConstraintPanel>(html`<constraint-panel kind=${kind} autostart></constraint-panel>`);
  await until(() => el.state.status === 'live', 'live');
  await el.updateComplete;
  return el;
}

const trackOf = (el: ConstraintPanel, kind: 'video' | 'audio' = 'video') =>
  el.state.stream!.getTracks().find((t) => t.kind === kind)!;

describe('<constraint-panel> applies that overlap', () => {
  const suite = elementSuite('constraint-panel');

  describe('with the browser’s fake camera and microphone', () => {
    it('keeps both of two number fields changed in a row', async function () {
      if (!(await cameraRescales())) skipWithout(this, 'a fake camera that rescales on applyConstraints');
      const el = await livePanel();
      const { changes, errors } = record(el);
      setNumber(el, 'width', 320);
      setNumber(el, 'frameRate', 10); // the width is still being applied
      await until(() => changes.length === 2 || errors.length > 0, 'both applied');
      expect(errors).to.deep.equal([]);
      expect(trackOf(el).getConstraints()).to.deep.include({ width: { exact: 320 }, frameRate: { exact: 10 } });
      expect(el.state.tracks.video!.constraints).to.deep.include({ width: { exact: 320 }, frameRate: { exact: 10 } });
      expect(el.state.tracks.video!.settings).to.include({ width: 320, frameRate: 10 });
    });

    it('keeps a slider’s value when a preset is chosen while it is being applied', async function () {
      if (!(await cameraRescales())) skipWithout(this, 'a fake camera that rescales on applyConstraints');
      const el = await livePanel();
      const { changes, errors } = record(el);
      // The slider rests, its apply starts, and the preset is clicked before it resolved.
      duringFirstApply(el.store, () => preset(el, 'QVGA').click());
      const slider = $<HTMLInputElement>(el, '#control-frameRate')!;
      slider.value = '10';
      slider.dispatchEvent(new Event('input'));
      await until(() => changes.length === 2 || errors.length > 0, 'both applied');
      expect(errors).to.deep.equal([]);
      const asked = { frameRate: { exact: 10 }, width: { exact: 320 }, height: { exact: 240 } };
      expect(trackOf(el).getConstraints()).to.deep.include(asked);
      expect(el.state.tracks.video!.constraints).to.deep.include(asked);
      expect(el.state.tracks.video!.settings).to.include({ frameRate: 10, width: 320, height: 240 });
    });

    it('keeps an exposure time and a width changed in a row, and both through a later change', async function () {
      const el = await livePanel();
      if (!('exposureTime' in el.state.tracks.video!.capabilities) || !(await cameraRescales())) skipWithout(this, 'a fake camera with exposureTime that rescales');
      const { changes, errors } = record(el);
      setNumber(el, 'exposureTime', 100);
      setNumber(el, 'width', 320);
      await until(() => changes.length === 2 || errors.length > 0, 'both applied');
      // Chromium applies only the Image Capture part of a set that has one: the panel sends the rest too.
      expect(el.state.tracks.video!.settings).to.include({ exposureTime: 100, width: 320 });
      setNumber(el, 'frameRate', 10);
      await until(() => changes.length === 3 || errors.length > 0, 'frame rate applied');
      expect(errors).to.deep.equal([]);
      expect(el.state.tracks.video!.settings).to.include({ exposureTime: 100, width: 320, frameRate: 10 });
      expect(changes.at(-1)!.constraints).to.deep.include({ width: { exact: 320 }, frameRate: { exact: 10 } });
    });

    it('keeps both of two microphone switches flipped in a row', async function () {
      const el = await livePanel('audio');
      if (!('noiseSuppression' in el.state.tracks.audio!.capabilities)) skipWithout(this, 'a microphone with two processing switches');
      const { changes, errors } = record(el);
      const echo = flip(el, 'echoCancellation');
      const noise = flip(el, 'noiseSuppression'); // the microphone is still being acquired again
      await until(() => changes.length === 2 || errors.length > 0, 'both applied');
      expect(errors).to.deep.equal([]);
      expect(el.state.tracks.audio!.constraints).to.deep.include({ echoCancellation: echo, noiseSuppression: noise });
      expect(trackOf(el, 'audio').getConstraints()).to.deep.include({ echoCancellation: echo, noiseSuppression: noise });
    });
  });

  describe('with an apply held in flight', () => {
    // The fake camera's tracks come from a canvas, whose applyConstraints is the browser's own.
    before(async function () {
      if (!(await canvasTracksTakeConstraints())) skipWithout(this, 'canvas tracks that take and refuse constraints');
    });

    /** A panel on a fake camera whose first apply is held in flight. */
    async function heldPanel() {
      const { env } = fakeEnv();
      const store = createCaptureStore({ env });
      suite.stores.push(store);
      await store.start();
      const held = holdApplies(store);
      held.hold();
      const el = await fixture<ConstraintPanel>(html`<constraint-panel .store=${store}></constraint-panel>`);
      await el.updateComplete;
      return { el, store, held, ...record(el) };
    }

    it('applies what was changed meanwhile once, on top of it, the last value of each winning', async () => {
      const { el, store, held, changes, errors } = await heldPanel();
      setNumber(el, 'height', 200);
      setNumber(el, 'width', 300);
      setNumber(el, 'height', 220);
      expect(held.calls).to.deep.equal([{ height: { exact: 200 } }]);
      held.release();
      await until(() => changes.length === 2 || errors.length > 0, 'both applied');
      expect(errors).to.deep.equal([]);
      const last = { height: { exact: 220 }, width: { exact: 300 } };
      expect(held.calls).to.deep.equal([{ height: { exact: 200 } }, last]);
      expect(store.getState().tracks.video!.constraints).to.deep.equal(last);
      expect(changes.map((c) => c.constraints)).to.deep.equal(held.calls);
    });

    it('drops a refused change and builds the next one on what is really in force', async () => {
      const { el, store, held, changes, errors } = await heldPanel();
      setNumber(el, 'height', 200);
      held.release();
      await until(() => changes.length === 1, 'height applied');
      held.hold();
      setNumber(el, 'width', 99999); // beyond the canvas: overconstrained
      setNumber(el, 'height', 100);
      held.release();
      await until(() => changes.length === 2 || errors.length > 1, 'second apply');
      expect(errors.map((e) => [e.operation, e.detail.code, e.detail.constraint])).to.deep.equal([['constraints', 'overconstrained', 'width']]);
      expect(held.calls.slice(1)).to.deep.equal([
        { height: { exact: 200 }, width: { exact: 99999 } },
        { height: { exact: 100 } },
      ]);
      expect(store.getState().tracks.video!.constraints).to.deep.equal({ height: { exact: 100 } });
      await el.updateComplete;
      expect($(el, '[part="error"]')!.textContent).to.equal(''); // the later success clears it
    });

    it('takes a JSON apply as the whole set, and builds what follows on it', async () => {
      const { el, store, held, changes, errors } = await heldPanel();
      setNumber(el, 'width', 300);
      const editor = $<HTMLTextAreaElement>(el, '#json')!;
      editor.value = '{ "height": { "exact": 200 } }';
      editor.dispatchEvent(new Event('input'));
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part="editor"] .actions button')!.click();
      setNumber(el, 'width', 320);
      held.release();
      await until(() => changes.length === 2 || errors.length > 0, 'both applied');
      expect(errors).to.deep.equal([]);
      expect(held.calls.at(-1)).to.deep.equal({ height: { exact: 200 }, width: { exact: 320 } });
      expect(store.getState().tracks.video!.constraints).to.deep.equal({ height: { exact: 200 }, width: { exact: 320 } });
    });

    it('applies nothing more once the panel left the page', async () => {
      const { el, held, changes } = await heldPanel();
      setNumber(el, 'width', 300);
      setNumber(el, 'height', 200);
      el.remove();
      held.release();
      await until(() => changes.length === 1, 'the first apply');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(held.calls).to.deep.equal([{ width: { exact: 300 } }]);
    });
  });
});
