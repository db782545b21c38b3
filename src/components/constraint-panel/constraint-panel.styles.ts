import { css } from 'lit';

export const constraintPanelStyles = css`
  :host {
    display: block;
    color: var(--capture-panel-color, inherit);
    font-size: var(--capture-panel-font-size, 0.95em);
  }
  section,
  .start {
    margin-block: 0 1em;
  }
  /* The label of each group: looks like a heading, but the page chooses the heading levels. */
  .group-label {
    margin: 0 0 0.5em;
    font-weight: bold;
  }
  .presets {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .controls {
    display: grid;
    grid-template-columns: max-content 1fr max-content;
    gap: 0.4em 0.75em;
    align-items: center;
  }
  .controls input[type='number'] {
    width: 7em;
  }
  .controls select,
  .controls input[type='checkbox'] {
    grid-column: span 2;
    justify-self: start;
  }
  input,
  select,
  /* WCAG 2.5.8: the two summaries stack, so each needs a 24px target */
  summary {
    min-block-size: 24px;
  }
  textarea {
    font: inherit;
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    text-align: left;
    padding: 0.2em 0.75em 0.2em 0;
    border-bottom: 1px solid var(--capture-panel-rule, #d4d4d8);
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
    color: var(--capture-panel-error, light-dark(#b91c1c, #f87171));
    margin: 0.4em 0;
  }
  .actions {
    display: flex;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
`;
