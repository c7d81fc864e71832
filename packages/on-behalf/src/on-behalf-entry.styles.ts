import { css } from 'lit';

export const onBehalfStyles = css`
  :host {
    --_gap: var(--auta-on-behalf-gap, var(--_space-4));
    --_radio-size: var(--auta-on-behalf-radio-size, 1.75rem);
    --_legend-size: var(--auta-on-behalf-legend-size, 1.375rem);
    --_error: var(--auta-on-behalf-error-color, var(--_color-danger));
  }
  .group {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .group--error {
    padding-inline-start: var(--_space-4);
    border-inline-start: 5px solid var(--_error);
  }
  .legend {
    display: block;
    max-width: 100%;
    padding: 0;
    margin-block-end: var(--_space-3);
    font-size: var(--_legend-size);
    font-weight: 700;
    line-height: 1.3;
    white-space: normal;
  }
  .legend h1,
  .legend h2,
  .legend h3,
  .legend h4,
  .legend h5,
  .legend h6 {
    margin: 0;
    font: inherit;
  }
  .question-hint {
    margin: 0 0 var(--_space-3);
    color: var(--_color-text-muted);
  }
  .error {
    margin: 0 0 var(--_space-3);
    color: var(--_error);
    font-weight: 700;
  }
  .options {
    display: grid;
    gap: var(--_gap);
  }
  .option {
    display: grid;
    grid-template-columns: var(--_radio-size) minmax(0, 1fr);
    column-gap: var(--_space-3);
    align-items: start;
  }
  /*
   * The native radio, made larger: arrow keys, one tab stop, forced colours and the
   * screen-reader role all stay the browser's own.
   */
  .radio {
    grid-column: 1;
    grid-row: 1;
    width: var(--_radio-size);
    height: var(--_radio-size);
    margin: calc((var(--_target-size) - var(--_radio-size)) / 2) 0 0;
    accent-color: var(--_color-accent);
    cursor: pointer;
  }
  .label {
    grid-column: 2;
    grid-row: 1;
    display: flex;
    align-items: center;
    min-height: var(--_target-size);
    font-weight: 600;
    cursor: pointer;
  }
  .hint {
    grid-column: 2;
    color: var(--_color-text-muted);
  }
  .hint p,
  .hint ul {
    margin: 0 0 var(--_space-2);
  }
  .hint > :last-child {
    margin-block-end: 0;
  }
  .hint ul {
    padding-inline-start: var(--_space-5);
  }
  .hint .lead {
    margin-block-end: var(--_space-1);
  }
  :disabled,
  :disabled + .label {
    cursor: not-allowed;
  }
  .group:disabled .label,
  .group:disabled .hint {
    opacity: 0.7;
  }
  .no-mandate {
    margin-block-start: var(--_space-5);
    border-inline-start: 4px solid var(--_color-border);
    padding-inline-start: var(--_space-3);
  }
  .no-mandate summary {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target-size);
    color: var(--_color-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .no-mandate summary:hover {
    text-decoration-thickness: 2px;
  }
  .no-mandate p {
    margin: 0 0 var(--_space-3);
  }
  .no-mandate ul {
    margin: 0 0 var(--_space-3);
    padding-inline-start: var(--_space-5);
  }
  .no-mandate li {
    margin-block-end: var(--_space-1);
  }
  .actions {
    margin-block-start: var(--_space-5);
  }
  @media (forced-colors: active) {
    .group--error {
      border-inline-start-color: CanvasText;
    }
    .error {
      color: CanvasText;
    }
    .no-mandate summary {
      color: LinkText;
    }
  }
`;
