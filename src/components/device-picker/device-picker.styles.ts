import { css } from 'lit';

export const devicePickerStyles = css`
  :host {
    display: inline-flex;
    flex-direction: column;
    /* Reflow (WCAG 1.4.10): never wider than its container; long device names break. */
    max-width: 100%;
    overflow-wrap: anywhere;
    gap: var(--_space-1);
    color: var(--capture-picker-color, var(--_text));
  }
  select {
    min-width: min(12em, 100%);
    max-width: 100%;
    padding: var(--_space-2);
    border-radius: var(--capture-picker-radius, var(--_radius));
    border-color: var(--capture-picker-border, var(--_border));
    background: var(--capture-picker-background, var(--_surface));
  }
  /* With previews: a button that reads like the select, and the list it opens below it. */
  .previews-button {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
    min-width: min(12em, 100%);
    max-width: 100%;
    padding: var(--_space-2);
    text-align: start;
    border: 1px solid var(--capture-picker-border, var(--_border));
    border-radius: var(--capture-picker-radius, var(--_radius));
    background: var(--capture-picker-background, var(--_surface));
    color: inherit;
  }
  .listbox {
    margin: 0;
    padding: var(--_space-1);
    list-style: none;
    max-height: 20em;
    overflow-y: auto;
    border: 1px solid var(--capture-picker-border, var(--_border));
    border-radius: var(--capture-picker-radius, var(--_radius));
    background: var(--capture-picker-background, var(--_surface));
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr auto;
    grid-template-areas: 'preview name mark' 'preview failure failure';
    align-items: center;
    column-gap: var(--_space-2);
    padding: var(--_space-1) var(--_space-2);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .option.active {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .option[aria-selected='true'] .name {
    font-weight: 600;
  }
  .thumbnail,
  .level {
    grid-area: preview;
    width: 4em;
  }
  .thumbnail {
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: #27272a;
  }
  .level {
    height: 0.5em;
    overflow: hidden;
    border-radius: 0.25em;
    background: light-dark(#d4d4d8, #3f3f46);
  }
  .level .bar {
    display: block;
    height: 100%;
    background: #16a34a;
    transform: scaleX(0);
    transform-origin: left;
  }
  .name {
    grid-area: name;
  }
  .mark {
    grid-area: mark;
  }
  .failure {
    grid-area: failure;
    font-size: 0.9em;
    color: var(--_danger);
  }
  @media (forced-colors: active) {
    .option.active {
      outline-color: Highlight;
    }
    .level .bar {
      background: CanvasText;
    }
  }
  .note {
    margin: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .note:empty {
    display: none;
  }
`;
