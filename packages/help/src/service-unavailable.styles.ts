import { css } from 'lit';

export const serviceUnavailableStyles = css`
  :host {
    max-width: 44rem;
    --_unavailable-accent: var(--auta-unavailable-accent, var(--_color-warning-border));
    --_unavailable-surface: var(--auta-unavailable-surface, var(--_color-warning-surface));
  }
  .heading,
  ::slotted([slot='heading']) {
    margin: 0 0 var(--_space-4);
    font-size: 2rem;
    line-height: 1.2;
  }
  .status-box,
  ::slotted([slot='status']) {
    display: block;
    margin-block-end: var(--_space-4);
    padding: var(--_space-4);
    border: 2px solid var(--_unavailable-accent);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_radius);
    background: var(--_unavailable-surface);
  }
  .back {
    font-weight: 700;
  }
  .updated {
    margin-block-end: 0;
    color: inherit;
    font-size: 0.9375rem;
  }
  .saved,
  ::slotted([slot='saved']) {
    display: block;
    margin-block-end: var(--_space-4);
  }
  .section-heading {
    margin: var(--_space-5) 0 var(--_space-2);
    font-size: 1.5rem;
    line-height: 1.25;
  }
  .channel {
    margin-block-start: var(--_space-4);
    padding-block-start: var(--_space-3);
    border-block-start: 1px solid var(--_color-border);
  }
  .channel-heading {
    margin: 0 0 var(--_space-2);
    font-size: 1.1875rem;
    line-height: 1.3;
  }
  .reference {
    margin-block-start: var(--_space-5);
  }
  .code {
    font-family: ui-monospace, monospace;
    font-size: 1.125rem;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .status-box {
      border-color: CanvasText;
    }
  }
`;
