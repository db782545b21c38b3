import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/photo-booth/define.js';

const meta: Meta = { title: 'Recipes/Taking still photos' };
export default meta;

/**
 * MDN's "Taking still photos" (a video, a button, a canvas and an image, about 100 lines of
 * script) with the kit: one tag. The photo is at the camera's real size, and the gallery keeps
 * it with download and delete.
 */
export const TakingStillPhotos: StoryObj = {
  name: 'Taking still photos',
  render: () => html`<photo-booth autostart style="max-width: 640px"></photo-booth>`,
};
