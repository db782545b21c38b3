import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/camera-preview/define.js';
import '../src/components/capture-session/define.js';
import '../src/components/constraint-panel/define.js';
import { createCaptureStore, type CaptureStore } from '../src/core/index.js';
import { faultEnv } from './support/fault-env.js';

interface Args {
  kind: 'video' | 'audio';
  autostart: boolean;
  store?: CaptureStore;
}

const meta: Meta<Args> = {
  title: 'Elements/constraint-panel',
  component: 'constraint-panel',
  args: { kind: 'video', autostart: true },
  argTypes: { kind: { control: 'inline-radio', options: ['video', 'audio'] }, store: { control: false } },
  render: ({ kind, autostart, store }) => html`
    <constraint-panel kind=${kind} ?autostart=${autostart} .store=${store} style="max-width: 640px"></constraint-panel>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The camera's capabilities as controls, presets, and asked vs delivered settings. */
export const Video: Story = {};

/** The microphone's processing switches and ranges. */
export const Audio: Story = { args: { kind: 'audio' } };

/** Before capture: what the selected device can do, and a button to start. */
export const BeforeCapture: Story = { args: { autostart: false } };

/** Beside the preview it changes, inside one session. */
export const WithPreview: Story = {
  render: () => html`
    <capture-session autostart>
      <camera-preview style="max-width: 480px"></camera-preview>
      <constraint-panel style="max-width: 640px; margin-top: 1rem"></constraint-panel>
    </capture-session>`,
};

/** The camera was refused: the panel says why nothing can be changed. */
export const Denied: Story = {
  render: (args, context) => meta.render!({ ...args, store: createCaptureStore({ env: faultEnv('NotAllowedError') }) }, context),
};

/** The session asked for a width no camera has: the panel names the constraint. */
export const Overconstrained: Story = {
  render: () => html`
    <capture-session autostart video='{"width":{"exact":99999}}'>
      <constraint-panel style="max-width: 640px"></constraint-panel>
    </capture-session>`,
};
