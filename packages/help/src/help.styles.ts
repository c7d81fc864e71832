import { css } from 'lit';

export const helpStyles = css`
  :host {
    max-width: 48rem;
    --_help-accent: var(--auta-help-accent, var(--_color-accent));
    --_help-surface: var(--auta-help-surface, var(--_color-surface-subtle));
  }
  .base {
    padding: var(--_space-4);
    border-block-start: 0.25rem solid var(--_help-accent);
    background: var(--_help-surface);
  }
  .heading,
  ::slotted([slot='heading']) {
    margin: 0 0 var(--_space-3);
    font-size: 1.375rem;
    line-height: 1.25;
  }
  .mechanism,
  ::slotted([slot]:not([slot='heading'])) {
    display: block;
    margin-block-start: var(--_space-4);
    padding-block-start: var(--_space-3);
    border-block-start: 1px solid var(--_color-border);
  }
  .mechanism-heading {
    margin: 0 0 var(--_space-2);
    font-size: 1.1875rem;
    line-height: 1.3;
  }
  .channel + .channel {
    margin-block-start: var(--_space-3);
  }
  .channel-heading {
    margin: 0 0 var(--_space-1);
    font-size: 1.0625rem;
    line-height: 1.3;
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
  }
`;
