import { css } from 'lit';

export const constraintPanelStyles = css`
  :host {
    display: block;
    color: var(--capture-panel-color, var(--_text));
    font-size: var(--capture-panel-font-size, 0.95em);
    /* Reflow (WCAG 1.4.10): long names, values and JSON break rather than overflow. */
    overflow-wrap: anywhere;
  }
  section,
  .start {
    margin-block: 0 var(--_space-4);
  }
  /* The label of each group: looks like a heading, but the page chooses the heading levels. */
  .group-label {
    margin: 0 0 var(--_space-2);
    font-weight: bold;
  }
  .presets {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .presets button {
    padding: var(--_space-1) var(--_space-3);
  }
  /* Narrow (320px, or text at 200%): each label on its own row above its slider and field. */
  section[part='controls'] {
    container-type: inline-size;
  }
  .controls {
    display: grid;
    grid-template-columns: max-content 1fr max-content;
    gap: var(--_space-2) var(--_space-3);
    align-items: center;
  }
  .controls > * {
    min-width: 0;
    max-width: 100%;
    box-sizing: border-box;
  }
  .controls input[type='number'] {
    width: 7em;
  }
  @container (width < 24em) {
    .controls {
      grid-template-columns: minmax(0, 1fr) max-content;
    }
    .controls > label,
    .controls select,
    .controls input[type='checkbox'] {
      grid-column: 1 / -1;
    }
    .controls input[type='number'] {
      width: 6em;
    }
  }
  .controls select,
  .controls input[type='checkbox'] {
    grid-column: span 2;
    justify-self: start;
  }
  /* The constraint's own name under its label, for developers. */
  .name {
    display: block;
    font-size: 0.8em;
    color: var(--_muted);
    font-weight: normal;
  }
  input,
  select,
  /* WCAG 2.5.8: the two summaries stack, so each needs a 24px target */
  summary {
    min-block-size: 24px;
  }
  summary {
    cursor: pointer;
  }
  /* Too wide for the panel, the table scrolls in its section (a tab stop then): its words stay whole. */
  section[part='settings'] {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    overflow-wrap: normal;
  }
  th,
  td {
    text-align: left;
    padding: var(--_space-1) var(--_space-3) var(--_space-1) 0;
    border-bottom: 1px solid var(--capture-panel-rule, light-dark(#d4d4d8, #3f3f46));
  }
  .differs {
    color: var(--capture-panel-differs, light-dark(#b45309, #fbbf24));
    font-weight: 600;
  }
  textarea {
    display: block;
    width: 100%;
    min-height: 8em;
    box-sizing: border-box;
    font-family: ui-monospace, monospace;
  }
  .error {
    color: var(--capture-panel-error, var(--_danger));
    margin: var(--_space-2) 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-top: var(--_space-2);
  }
`;
