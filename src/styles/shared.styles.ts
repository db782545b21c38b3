import { css } from 'lit';

/**
 * Styles every kit element shares: the design tokens, hidden text for screen readers, the kit's
 * buttons and form fields, and the focus ring.
 *
 * The tokens are the page's `--capture-*` custom properties (README, Theming). Each element reads
 * them once on its host into a private `--_*` alias holding the default, so a token set on `:root`
 * (or on any ancestor) restyles every element, and the elements' own properties
 * (`--capture-button-background`…) still win where they are set.
 */
export const sharedStyles = css`
  :host {
    --_text: var(--capture-color-text);
    --_muted: var(--capture-color-muted, light-dark(#52525b, #a1a1aa));
    --_accent: var(--capture-color-accent, #2563eb);
    --_on-accent: var(--capture-color-on-accent, #fff);
    --_danger: var(--capture-color-danger, light-dark(#b91c1c, #f87171));
    --_surface: var(--capture-color-surface, Field);
    --_border: var(--capture-color-border, light-dark(#71717a, #a1a1aa));
    --_radius: var(--capture-radius, 6px);
    --_space-1: var(--capture-space-1, 0.25em);
    --_space-2: var(--capture-space-2, 0.5em);
    --_space-3: var(--capture-space-3, 0.75em);
    --_space-4: var(--capture-space-4, 1.25em);
    --_focus: var(--capture-focus-ring, light-dark(#1d4ed8, #93c5fd));
    --_focus-width: var(--capture-focus-ring-width, 3px);
    /* No default: unset, the page's own text colour and font are inherited. */
    color: var(--_text);
    font-family: var(--capture-font-family);
    font-size: var(--capture-font-size);
  }
  :host([hidden]) {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    line-height: 1.25;
    cursor: pointer;
    padding: var(--_space-2) var(--_space-4);
    border-radius: var(--capture-button-radius, var(--_radius));
    border: 1px solid var(--capture-button-border, transparent);
    background: var(--capture-button-background, var(--_accent));
    color: var(--capture-button-color, var(--_on-accent));
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  input:not([type='range'], [type='checkbox'], [type='radio']),
  select,
  textarea {
    font: inherit;
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text, FieldText);
  }
  input[type='range'],
  input[type='checkbox'] {
    accent-color: var(--_accent);
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    button {
      border-color: ButtonText;
    }
    button:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
