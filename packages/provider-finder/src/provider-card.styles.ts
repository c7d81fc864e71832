import { css } from 'lit';

export const providerCardStyles = css`
  :host {
    container-type: inline-size;
  }
  .card {
    padding: var(--_space-4);
    border: 1px solid var(--auta-card-border, var(--_color-border));
    border-radius: var(--_radius);
    background: var(--auta-card-surface, var(--_color-surface));
  }
  .heading {
    margin: 0 0 var(--_space-1);
    font-size: var(--auta-card-heading-size, 1.25rem);
    line-height: 1.3;
  }
  /* The heading takes focus after "show more"; it shows where the new results begin. */
  .heading:focus {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  p {
    margin: 0 0 var(--_space-2);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    color: var(--_color-text-muted);
  }
  .distance {
    font-weight: 700;
    color: var(--_color-text);
  }
  .tag {
    padding: 0 var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    font-size: 0.875rem;
  }
  .status {
    font-weight: 700;
  }
  .status.open {
    color: var(--_color-success);
  }
  .today {
    display: block;
    font-weight: 400;
    color: var(--_color-text);
  }
  .facts {
    margin: 0 0 var(--_space-2);
  }
  .facts > div {
    display: grid;
    /* minmax(0, …): a long e-mail address or web address wraps instead of widening the card (WCAG 1.4.10, 1.4.12). */
    grid-template-columns: minmax(6rem, 9rem) minmax(0, 1fr);
    gap: 0 var(--_space-3);
    padding-block: var(--_space-1);
  }
  dt {
    font-weight: 700;
    grid-column: 1;
  }
  dd {
    margin: 0;
    grid-column: 2;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* Phone and web links stand alone, so they get a target of at least 24px (WCAG 2.5.8). */
  dd > a {
    display: inline-block;
    min-height: 1.5rem;
    padding-block: 0.125rem;
  }
  .phone {
    font-weight: 700;
    white-space: nowrap;
  }
  .note {
    color: var(--_color-text-muted);
  }
  .details {
    margin-block-start: var(--_space-2);
  }
  summary {
    display: list-item;
    min-height: var(--_target-size);
    padding-block: var(--_space-2);
    color: var(--_color-accent);
    font-weight: 600;
    cursor: pointer;
  }
  summary:hover {
    text-decoration: underline;
  }
  .details-body {
    padding-inline-start: var(--_space-4);
    border-inline-start: 3px solid var(--_color-border);
  }
  .label {
    margin-block-end: var(--_space-1);
    font-weight: 700;
  }
  .hours {
    margin: 0 0 var(--_space-2);
    padding-inline-start: var(--_space-5);
  }
  @container (max-width: 30rem) {
    .facts > div {
      grid-template-columns: minmax(0, 1fr);
    }
    dd {
      grid-column: 1;
    }
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .status.open,
    summary {
      color: CanvasText;
    }
    .heading:focus {
      outline-color: Highlight;
    }
  }
`;
