import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { createCaptureStore, type CaptureStore } from '../src/core/index.js';
import { faultEnv } from './support/fault-env.js';

interface Args {
  autostart: boolean;
  mode: 'photo' | 'video';
  format: 'image/png' | 'image/jpeg' | 'image/webp';
  quality: number;
  countdown: number;
  burst: number;
  'burst-interval': number;
  'max-photos': number;
  'max-duration': number;
  'max-size': number;
  'clip-format': 'auto' | 'video/webm' | 'video/mp4';
  'chunk-interval': number;
  filter: string;
  'mirror-photo': boolean;
  'mirror-recording': boolean;
  store?: CaptureStore;
}

const meta: Meta<Args> = {
  title: 'Elements/photo-booth',
  component: 'photo-booth',
  args: {
    autostart: true, mode: 'photo', format: 'image/png', quality: 0.92, countdown: 0, burst: 1, 'burst-interval': 500,
    'max-photos': 0, 'max-duration': 0, 'max-size': 0, 'clip-format': 'auto', 'chunk-interval': 0, filter: '', 'mirror-photo': false, 'mirror-recording': false,
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['photo', 'video'] },
    format: { control: 'inline-radio', options: ['image/png', 'image/jpeg', 'image/webp'] },
    'clip-format': { control: 'inline-radio', options: ['auto', 'video/webm', 'video/mp4'] },
    quality: { control: { type: 'range', min: 0, max: 1, step: 0.01 } },
    filter: { control: 'select', options: ['', 'grayscale(1)', 'sepia(0.6) contrast(1.2)', 'blur(2px)', 'invert(1)'] },
    store: { control: false },
  },
  render: (a) => html`
    <photo-booth
      style="max-width: 640px"
      ?autostart=${a.autostart}
      mode=${a.mode}
      format=${a.format}
      quality=${a.quality}
      countdown=${a.countdown}
      burst=${a.burst}
      burst-interval=${a['burst-interval']}
      max-photos=${a['max-photos']}
      max-duration=${a['max-duration']}
      max-size=${a['max-size']}
      clip-format=${a['clip-format']}
      chunk-interval=${a['chunk-interval']}
      filter=${a.filter}
      ?mirror-photo=${a['mirror-photo']}
      ?mirror-recording=${a['mirror-recording']}
      .store=${a.store}
    ></photo-booth>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The booth alone, with a store of its own. */
export const Alone: Story = {};

/** Filters apply to the live picture (a real filtered stream) and to the saved photos. */
export const Filter: Story = { args: { filter: 'sepia(0.6) contrast(1.2)' } };

/** A 3-2-1 countdown (Escape cancels), then a burst of four. */
export const CountdownAndBurst: Story = { args: { countdown: 3, burst: 4, 'burst-interval': 300, 'max-photos': 8 } };

/** The shutter records clips; a switch of camera or microphone does not stop a recording. */
export const Video: Story = { args: { mode: 'video', 'max-duration': 30 } };

/**
 * Clips for keeps: MP4 where the browser records it, a piece every second
 * (`capture-recording-chunk`), at most 5 MB; the clip in the gallery seeks. Pause holds the clip.
 */
export const VideoForKeeps: Story = {
  args: { mode: 'video', 'clip-format': 'video/mp4', 'chunk-interval': 1000, 'max-size': 5_000_000 },
};

/** Inside a session: the pickers switch the booth's camera, the panel changes its resolution. */
export const InSession: Story = {
  render: () => html`
    <capture-session autostart audio>
      <photo-booth style="max-width: 640px"></photo-booth>
      <p><device-picker></device-picker> <device-picker kind="audioinput"></device-picker></p>
      <details><summary>Camera settings</summary><constraint-panel></constraint-panel></details>
    </capture-session>`,
};

/** No camera: a file from the device takes the same path to the gallery. */
export const NoCamera: Story = {
  render: (args, context) => meta.render!({ ...args, store: createCaptureStore({ env: faultEnv('NotFoundError') }) }, context),
};
