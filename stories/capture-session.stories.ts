import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '../src/define.js';
import type { CaptureSession } from '../src/components/capture-session/capture-session.js';
import type { CaptureState } from '../src/core/index.js';

interface Args {
  video: string;
  audio: string;
  autostart: boolean;
  persist: string;
}

/** What the session's store holds, to watch it change. */
function describeState(state: CaptureState): string {
  const { status, tracks, devices, selected, permission, error } = state;
  return JSON.stringify({
    status,
    error: error && { code: error.code, message: error.message },
    video: tracks.video && { label: tracks.video.label, settings: tracks.video.settings },
    audio: tracks.audio && { label: tracks.audio.label },
    devices: devices.map((d) => `${d.kind}: ${d.label || '(no label before permission)'}`),
    selected,
    permission,
  }, null, 2);
}

function follow(session: CaptureSession | undefined): void {
  if (!session) return;
  const output = session.querySelector('pre')!;
  const render = (state: CaptureState) => (output.textContent = describeState(state));
  session.store.subscribe(render);
  render(session.state);
}

const meta: Meta<Args> = {
  title: 'Elements/capture-session',
  component: 'capture-session',
  args: { video: 'true', audio: 'false', autostart: false, persist: '' },
  argTypes: {
    video: { control: 'text', description: '`true`, `false` or JSON constraints' },
    audio: { control: 'text', description: '`true`, `false` or JSON constraints' },
  },
  render: ({ video, audio, autostart, persist }) => html`
    <capture-session
      video=${video}
      audio=${audio}
      ?autostart=${autostart}
      persist=${ifDefined(persist || undefined)}
      ${ref((el) => follow(el as CaptureSession | undefined))}
    >
      <camera-preview style="max-width: 480px"></camera-preview>
      <p>
        <device-picker></device-picker>
        <device-picker kind="audioinput"></device-picker>
        <audio-meter></audio-meter>
        <button @click=${(e: Event) => (e.target as Element).closest('capture-session')!.stop()}>Stop</button>
      </p>
      <pre></pre>
    </capture-session>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing runs until a button is pressed: the kit never starts a camera on its own. */
export const Idle: Story = {};

/** `autostart` starts capture as soon as the session is on the page. */
export const Autostart: Story = { args: { autostart: true } };

/** JSON constraints in `video`, and the microphone too. */
export const WithConstraints: Story = {
  args: { video: '{"width":{"ideal":1280},"height":{"ideal":720}}', audio: 'true' },
};
