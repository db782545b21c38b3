import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/camera-preview/define.js';
import { createCaptureStore, type CaptureEnv, type CaptureStore } from '../src/core/index.js';
import { faultEnv, unpluggedAfter } from './support/fault-env.js';

interface Args {
  autostart: boolean;
  mirror?: 'true' | 'false';
  fit: 'contain' | 'cover';
  'stop-when-hidden': boolean;
  store?: CaptureStore;
}

const meta: Meta<Args> = {
  title: 'Elements/camera-preview',
  component: 'camera-preview',
  args: { autostart: false, fit: 'contain', 'stop-when-hidden': false },
  argTypes: {
    mirror: { control: 'select', options: [undefined, 'true', 'false'] },
    fit: { control: 'inline-radio', options: ['contain', 'cover'] },
    store: { control: false },
  },
  render: (args) => html`
    <camera-preview
      style="max-width: 480px"
      ?autostart=${args.autostart}
      mirror=${ifDefined(args.mirror)}
      fit=${args.fit}
      ?stop-when-hidden=${args['stop-when-hidden']}
      .store=${args.store}
    ></camera-preview>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing runs until the person presses the button. */
export const Idle: Story = {};

/** `autostart`: the camera starts as soon as the element is on the page. */
export const Live: Story = { args: { autostart: true } };

/** Mirrored like a selfie, whatever the camera. */
export const Mirrored: Story = { args: { autostart: true, mirror: 'true' } };

/** `fit="cover"` fills the box and crops. */
export const Cover: Story = { args: { autostart: true, fit: 'cover' } };

const withEnv = (env: Partial<CaptureEnv>): Story => ({
  args: { autostart: true },
  render: (args, context) => meta.render!({ ...args, store: createCaptureStore({ env }) }, context),
});
const failing = (name: string, constraint?: string): Story => withEnv(faultEnv(name, constraint));

/** The person (or the browser) refused the camera: the message, the steps for this browser, and a retry. */
export const Denied: Story = failing('NotAllowedError');

/** No camera is connected. */
export const NotFound: Story = failing('NotFoundError');

/** Another app holds the camera. */
export const DeviceInUse: Story = failing('NotReadableError');

/** No camera can deliver the asked width. */
export const Overconstrained: Story = failing('OverconstrainedError', 'width');

/** The camera went away while live (unplugged, or its permission withdrawn). */
export const TrackEnded: Story = withEnv(unpluggedAfter(300));

/** The page is not served over https:// (no `navigator.mediaDevices`). */
export const InsecureContext: Story = {
  args: { autostart: true },
  render: (args, context) => meta.render!({
    ...args, store: createCaptureStore({ env: { mediaDevices: undefined, isSecureContext: false } }),
  }, context),
};
