import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/camera-preview/define.js';
import '../../src/components/capture-session/define.js';
import '../../src/components/constraint-panel/define.js';

const meta: Meta = { title: 'Recipes/Constraint exerciser' };
export default meta;

/**
 * MDN's constraint exerciser ("Capabilities, constraints, and settings"): JSON constraints for
 * audio and video, the resulting settings and the errors, with controls generated from what
 * the devices can do on top.
 */
export const ConstraintExerciser: StoryObj = {
  name: 'Constraint exerciser',
  render: () => html`
    <capture-session autostart audio>
      <camera-preview style="max-width: 480px"></camera-preview>
      <constraint-panel kind="video"></constraint-panel>
      <constraint-panel kind="audio"></constraint-panel>
    </capture-session>`,
};
