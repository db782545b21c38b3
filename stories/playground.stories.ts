import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';

const meta: Meta = { title: 'Playground' };
export default meta;

/** Every element on one session: booth, pickers, meter and both constraint panels. */
export const Playground: StoryObj = {
  render: () => html`
    <capture-session autostart audio>
      <photo-booth style="max-width: 640px" countdown="3"></photo-booth>
      <p style="display: flex; flex-wrap: wrap; gap: 1rem; align-items: end">
        <device-picker></device-picker>
        <device-picker kind="audioinput"></device-picker>
        <device-picker kind="audiooutput"></device-picker>
        <audio-meter></audio-meter>
      </p>
      <details><summary style="padding-block: 0.25em">Camera constraints</summary><constraint-panel></constraint-panel></details>
      <details><summary style="padding-block: 0.25em">Microphone constraints</summary><constraint-panel kind="audio"></constraint-panel></details>
    </capture-session>`,
};
