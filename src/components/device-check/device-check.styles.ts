import { css } from 'lit';

export const deviceCheckStyles = css`
  :host {
    display: block;
  }
  .devices {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: var(--_space-3);
    align-items: start;
  }
  .devices[hidden] {
    display: none;
  }
  .pickers {
    display: grid;
    gap: var(--_space-2);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block: var(--_space-3);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-2);
  }
  li {
    border: 1px solid var(--capture-color-border, #71717a);
    border-inline-start-width: 0.4em;
    border-radius: var(--_radius);
    padding: var(--_space-2) var(--_space-3);
  }
  li[data-status='ok'] {
    border-inline-start-color: var(--capture-check-ok, #15803d);
  }
  li[data-status='warning'] {
    border-inline-start-color: var(--capture-check-warning, #a16207);
  }
  li[data-status='fail'] {
    border-inline-start-color: var(--capture-check-fail, var(--capture-color-danger, #b91c1c));
  }
  h3 {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: baseline;
    margin: 0;
    font-size: 1em;
  }
  .verdict {
    font-weight: normal;
    font-size: 0.9em;
  }
  p {
    margin: var(--_space-1) 0 0;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-top: var(--_space-2);
  }
`;
