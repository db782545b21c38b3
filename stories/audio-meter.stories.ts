import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/audio-meter/define.js';

interface Args {
  autostart: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/audio-meter',
  component: 'audio-meter',
  args: { autostart: false },
  render: ({ autostart }) => html`<audio-meter ?autostart=${autostart}></audio-meter>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A button turns the microphone on. */
export const Idle: Story = {};

/** Measuring the microphone as soon as it is on the page. */
export const Live: Story = { args: { autostart: true } };
