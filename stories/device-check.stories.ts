import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { createCaptureStore, type CaptureStore } from '../src/core/index.js';
import { deviceEnv, faultEnv } from './support/fault-env.js';

interface Args {
  autostart: boolean;
  'check-seconds': number;
  store?: CaptureStore;
}

const meta: Meta<Args> = {
  title: 'Elements/device-check',
  component: 'device-check',
  args: { autostart: false, 'check-seconds': 4 },
  argTypes: { store: { control: false } },
  render: (a) => html`
    <device-check style="max-width: 720px" ?autostart=${a.autostart} check-seconds=${a['check-seconds']} .store=${a.store}></device-check>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Before the person starts it: nothing is asked for. */
export const Idle: Story = {};

/** Started with the page: a working camera and microphone (the device's own, or the browser's fake ones). */
export const Autostart: Story = { args: { autostart: true, 'check-seconds': 2 } };

/** Each verdict, from a camera and microphone that deliver what a broken pair would. */
const verdict = (picture: 'moving' | 'black' | 'frozen', sound: 'tone' | 'silence'): Story => ({
  args: { autostart: true, 'check-seconds': 2 },
  render: (a, context) => meta.render!({ ...a, store: createCaptureStore({ video: true, audio: true, env: deviceEnv({ picture, sound }) }) }, context),
});

export const AllGood = verdict('moving', 'tone');
export const BlackCamera = verdict('black', 'tone');
export const FrozenCamera = verdict('frozen', 'tone');
export const SilentMicrophone = verdict('moving', 'silence');

/** The camera and microphone refused: the browser's own steps to allow them. */
export const Denied: Story = {
  args: { autostart: true },
  render: (a, context) => meta.render!({ ...a, store: createCaptureStore({ video: true, audio: true, env: faultEnv('NotAllowedError') }) }, context),
};
