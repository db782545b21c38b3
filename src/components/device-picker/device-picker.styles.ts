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
  .note {
    margin: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .note:empty {
    display: none;
  }
`;
