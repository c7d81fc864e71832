import { css } from 'lit';

export const altChannelNoticeStyles = css`
  /* The width is the host's own, so that the documented :not(:defined) frame is the same box. */
  :host {
    max-width: 42rem;
    --_notice-accent: var(--auta-notice-accent, var(--_color-accent));
    --_notice-surface: var(--auta-notice-surface, var(--_color-info-surface));
    --_outage-accent: var(--auta-notice-outage-accent, var(--_color-warning-border));
    --_outage-surface: var(--auta-notice-outage-surface, var(--_color-warning-surface));
  }
  .callout,
  .outage {
    padding: var(--_space-4);
    border-radius: var(--_radius);
    border-inline-start: 0.375rem solid var(--_notice-accent);
    background: var(--_notice-surface);
  }
  .outage {
    border: 2px solid var(--_outage-accent);
    border-inline-start-width: 0.375rem;
    background: var(--_outage-surface);
  }
  .heading,
  ::slotted([slot='heading']) {
    margin: 0 0 var(--_space-3);
    font-size: var(--auta-notice-heading-size, 1.375rem);
    line-height: 1.25;
  }
  p,
  ul {
    margin: 0 0 var(--_space-2);
  }
  ul {
    padding-inline-start: var(--_space-5);
  }
  .outage-text {
    font-weight: 700;
  }
  .channel,
  ::slotted([slot]:not([slot='heading'], [slot='intro'])) {
    display: block;
    margin-block-start: var(--_space-4);
    padding-block-start: var(--_space-3);
    border-block-start: 1px solid var(--_color-border);
  }
  .channel-heading {
    margin: 0 0 var(--_space-2);
    font-size: 1.125rem;
    line-height: 1.3;
  }
  @media (forced-colors: active) {
    .callout,
    .outage {
      border-color: CanvasText;
    }
  }
`;
