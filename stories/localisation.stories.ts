import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { frenchStrings } from '../src/i18n/fr.js';
import { defaultStrings } from '../src/i18n/default-strings.js';
import { setStrings } from '../src/i18n/strings.js';

const meta: Meta = { title: 'Localisation' };
export default meta;

/** `setStrings(frenchStrings)`: every text of the kit, in French. */
export const French: StoryObj = {
  render: () => html`
    <capture-session audio>
      <photo-booth style="max-width: 640px"></photo-booth>
      <device-picker></device-picker>
      <audio-meter></audio-meter>
    </capture-session>`,
  beforeEach: () => {
    setStrings(frenchStrings);
    return () => setStrings(defaultStrings);
  },
};
