import { css } from 'lit';

export const providerFinderStyles = css`
  :host {
    /* Queries below read the element's own width, so it adapts to a sidebar as well as to a phone. */
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: var(--_space-5);
  }
  @container (min-width: 52rem) {
    .layout {
      grid-template-columns: var(--auta-finder-filters-width, 17rem) minmax(0, 1fr);
      align-items: start;
    }
  }
  form {
    display: grid;
    gap: var(--_space-4);
  }
  label,
  .group-label {
    font-weight: 700;
  }
  .hint,
  .muted {
    margin: 0;
    color: var(--_color-text-muted);
  }
  .field {
    display: grid;
    gap: var(--_space-1);
  }
  .field-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  input[type='search'],
  select {
    min-height: var(--_target-size);
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }
  input[type='search'] {
    flex: 1 1 12rem;
    min-width: 0;
  }
  select {
    width: 100%;
    max-width: 100%;
  }
  .filters {
    display: grid;
    gap: var(--_space-4);
  }
  .filters-heading {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 700;
  }
  .filters-toggle {
    display: none;
    justify-self: start;
  }
  @container (max-width: 40rem) {
    /* Narrow: the filters fold behind a button that says how many are on (APG disclosure). */
    .filters-toggle {
      display: inline-flex;
    }
    .filters-heading {
      display: none;
    }
    .filters:not(.open) {
      display: none;
    }
    .filters.open {
      padding: var(--_space-3);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
    }
  }
  .group {
    display: grid;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .group > legend {
    padding: 0;
    margin-block-end: var(--_space-1);
  }
  .subgroup {
    margin: 0 0 var(--_space-2);
    padding: 0;
    border: 0;
  }
  .subgroup > legend {
    padding: 0;
    color: var(--_color-text-muted);
    font-weight: 600;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
    min-height: 2rem;
  }
  .check input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_color-accent);
  }
  .check label {
    font-weight: 400;
    padding-block: 0.125rem;
  }
  .link-button {
    justify-self: start;
    min-height: 1.5rem;
    padding: var(--_space-1) 0;
    border: 0;
    background: none;
    color: var(--_color-accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .main {
    display: grid;
    gap: var(--_space-3);
    min-width: 0;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-end;
    gap: var(--_space-3);
  }
  .location {
    display: grid;
    gap: var(--_space-1);
    justify-items: start;
    flex: 1 1 16rem;
  }
  .sort {
    display: grid;
    gap: var(--_space-1);
    flex: 0 1 14rem;
  }
  .problem {
    margin: 0;
    padding-inline-start: var(--_space-3);
    border-inline-start: 4px solid var(--_color-danger);
  }
  .count {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 700;
  }
  .count:focus {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .loading {
    margin: 0;
    font-weight: 700;
  }
  .results {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
    margin: 0;
  }
  .error {
    padding: var(--_space-4);
    border: 2px solid var(--_color-danger);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_radius);
  }
  .error p {
    margin: 0 0 var(--_space-2);
  }
  .error-heading {
    font-weight: 700;
    color: var(--_color-danger);
  }
  .empty {
    display: grid;
    gap: var(--_space-2);
  }
  .empty p {
    margin: 0;
  }
  .remote-heading {
    margin: var(--_space-3) 0 0;
    font-size: 1.25rem;
  }
  @media (forced-colors: active) {
    input[type='search'],
    select,
    .error,
    .problem {
      border-color: CanvasText;
    }
    .error-heading,
    .link-button {
      color: CanvasText;
    }
    .count:focus {
      outline-color: Highlight;
    }
  }
`;
