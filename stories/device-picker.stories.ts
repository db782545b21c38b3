import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/capture-session/define.js';
import '../src/components/camera-preview/define.js';
import '../src/components/device-picker/define.js';

interface Args {
  kind: 'videoinput' | 'audioinput' | 'audiooutput';
  label: string;
  previews: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/device-picker',
  component: 'device-picker',
  args: { kind: 'videoinput', label: '', previews: false },
  argTypes: { kind: { control: 'inline-radio', options: ['videoinput', 'audioinput', 'audiooutput'] } },
  render: ({ kind, label, previews }) => html`
    <capture-session audio>
      <device-picker kind=${kind} label=${label} ?previews=${previews}></device-picker>
      <camera-preview style="max-width: 320px; margin-top: 1rem"></camera-preview>
    </capture-session>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Before permission the cameras are "Camera 1"…, with a button to allow access. */
export const Camera: Story = {};

export const Microphone: Story = { args: { kind: 'audioinput' } };

/** Where the browser has `setSinkId`; elsewhere it says it cannot choose a speaker. */
export const Speaker: Story = { args: { kind: 'audiooutput' } };

/** The label text is the page's to choose. */
export const CustomLabel: Story = { args: { label: 'Which camera?' } };

/**
 * A list that shows each device live while it is open: a thumbnail per camera, a level per
 * microphone. Nothing opens until the button is pressed; the store keeps its device until one is chosen.
 */
export const Previews: Story = { args: { previews: true } };

export const MicrophonePreviews: Story = { args: { kind: 'audioinput', previews: true } };
