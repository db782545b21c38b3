import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { ScreenCapture } from '../src/components/screen-capture/screen-capture.js';
import '../src/define.js';
import { createDisplayStore, type DisplayStore } from '../src/core/index.js';
import { displayFaultEnv } from './support/fault-env.js';

interface Args {
  audio: boolean;
  'display-surface': '' | 'monitor' | 'window' | 'browser';
  'surface-switching': '' | 'include' | 'exclude';
  'prefer-current-tab': boolean;
  'crop-to': string;
  'max-duration': number;
  bubble: 'on' | 'off';
  'bubble-corner': 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
  'bubble-size': number;
  'bubble-shape': 'circle' | 'rounded' | 'square';
  displayStore?: DisplayStore;
}

const meta: Meta<Args> = {
  title: 'Elements/screen-capture',
  component: 'screen-capture',
  args: {
    audio: false, 'display-surface': '', 'surface-switching': '', 'prefer-current-tab': false, 'crop-to': '',
    'max-duration': 0, bubble: 'on', 'bubble-corner': 'bottom-right', 'bubble-size': 0.25, 'bubble-shape': 'circle',
  },
  argTypes: {
    'display-surface': { control: 'inline-radio', options: ['', 'monitor', 'window', 'browser'] },
    'surface-switching': { control: 'inline-radio', options: ['', 'include', 'exclude'] },
    bubble: { control: 'inline-radio', options: ['on', 'off'] },
    'bubble-corner': { control: 'select', options: ['bottom-right', 'bottom-left', 'top-right', 'top-left'] },
    'bubble-size': { control: { type: 'range', min: 0.1, max: 0.5, step: 0.05 } },
    'bubble-shape': { control: 'inline-radio', options: ['circle', 'rounded', 'square'] },
    displayStore: { control: false },
  },
  render: (a) => html`
    <screen-capture
      style="max-width: 640px"
      ?audio=${a.audio}
      display-surface=${a['display-surface'] || nothing}
      surface-switching=${a['surface-switching'] || nothing}
      ?prefer-current-tab=${a['prefer-current-tab']}
      crop-to=${a['crop-to']}
      max-duration=${a['max-duration']}
      bubble=${a.bubble}
      bubble-corner=${a['bubble-corner']}
      bubble-size=${a['bubble-size']}
      bubble-shape=${a['bubble-shape']}
      .displayStore=${a.displayStore}
    ></screen-capture>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Presses "Share screen" once the story is drawn, so the state after the picker shows. */
const pressShare: Story['play'] = async ({ canvasElement }) => {
  const el = canvasElement.querySelector<ScreenCapture>('screen-capture')!;
  await el.updateComplete;
  await el.share();
};

/** Alone: "Share screen" opens the browser's picker; nothing is asked before the click. */
export const Alone: Story = {};

/**
 * In a session with camera and microphone: recordings mix the tab's sound with the microphone
 * and show the camera in a bubble, which the person can switch off.
 */
export const WithCameraBubble: Story = {
  args: { audio: true },
  render: (args, context) => html`
    <capture-session autostart audio>
      <p style="display: flex; flex-wrap: wrap; gap: 1rem; align-items: end">
        <device-picker></device-picker> <device-picker kind="audioinput"></device-picker>
      </p>
      ${meta.render!(args, context)}
    </capture-session>`,
};

/** Shares this tab cropped to the dashed box (where the browser has Region Capture), else says why not. */
export const CropToElement: Story = {
  args: { 'crop-to': 'crop-area', 'prefer-current-tab': true },
  render: (args, context) => html`
    <div id="crop-area" style="border: 2px dashed #2563eb; padding: 1rem; margin-block-end: 1rem; max-width: 20rem">
      Only this box is shared.
    </div>
    ${meta.render!(args, context)}`,
};

/** The person closed the picker: nothing red, ready to try again. */
export const Cancelled: Story = {
  play: pressShare,
  render: (args, context) => meta.render!({ ...args, displayStore: createDisplayStore({ env: displayFaultEnv('NotAllowedError', 'Permission denied') }) }, context),
};

/** The operating system refused (macOS screen recording permission): what to do about it. */
export const RefusedBySystem: Story = {
  play: pressShare,
  render: (args, context) => meta.render!({ ...args, displayStore: createDisplayStore({ env: displayFaultEnv('NotAllowedError', 'Permission denied by system') }) }, context),
};

/** In an iframe without allow="display-capture". */
export const BlockedByPolicy: Story = {
  play: pressShare,
  render: (args, context) => meta.render!({ ...args, displayStore: createDisplayStore({ env: { allowsFeature: () => false } }) }, context),
};

/** A browser without screen sharing (most phones). */
export const Unsupported: Story = {
  play: pressShare,
  render: (args, context) => meta.render!({ ...args, displayStore: createDisplayStore({ env: { mediaDevices: {} as MediaDevices } }) }, context),
};
