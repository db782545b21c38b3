import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';

const meta: Meta = { title: 'Theming' };
export default meta;

/** The same elements in every story: only the surrounding page and its tokens change. */
const elements = () => html`
  <capture-session audio>
    <photo-booth style="max-width: 480px"></photo-booth>
    <div style="display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; margin-block: 1rem">
      <device-picker></device-picker>
      <audio-meter></audio-meter>
    </div>
    <constraint-panel></constraint-panel>
  </capture-session>`;

/** The kit's own look: no token set; it follows the page's text colour, font and colour scheme. */
export const Default: StoryObj = {
  render: elements,
};

/**
 * A dark page: `color-scheme: dark` is all the kit needs (muted, error and border colours take
 * their dark shades); the page sets its own background and text colour.
 */
export const DarkPage: StoryObj = {
  render: () => html`<div style="color-scheme: dark; background: #18181b; color: #e4e4e7; padding: 1.5rem">
    ${elements()}
  </div>`,
};

/** A brand theme made only of the `--capture-*` tokens, set once on a container. */
export const BrandTokens: StoryObj = {
  render: () => html`<div style="
    --capture-color-text: #1e1b4b;
    --capture-color-muted: #4c4a6b;
    --capture-color-accent: #6d28d9;
    --capture-color-on-accent: #fff;
    --capture-color-danger: #be123c;
    --capture-color-surface: #faf5ff;
    --capture-color-border: #7c3aed;
    --capture-radius: 12px;
    --capture-space-2: 0.6em;
    --capture-space-4: 1.5em;
    --capture-font-family: Georgia, serif;
    --capture-font-size: 1.05rem;
    --capture-focus-ring: #f59e0b;
    --capture-focus-ring-width: 4px;
    color-scheme: light;
    background: #fff;
    padding: 1.5rem">
    ${elements()}
  </div>`,
};
