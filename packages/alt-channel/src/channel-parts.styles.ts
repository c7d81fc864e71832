import { css } from 'lit';

/**
 * The styles of what `channelParts` renders (names, numbers, charges, hours, "open now",
 * stand-alone links): one home for the notice, the help block and the service-unavailable
 * page, so a channel looks and behaves the same wherever it is shown. Each element adds
 * only its own frame (headings, borders, spacing of its sections).
 */
export const channelPartStyles = css`
  .name,
  .number {
    font-weight: 700;
  }
  .number {
    font-size: 1.25rem;
    margin-block-end: 0;
  }
  /* Links that stand alone get a 24px-high target (WCAG 2.5.8); those inside sentences are exempt.
     A long e-mail address or URL has no spaces to wrap at; at 320px it must still fit (WCAG 1.4.10). */
  .action a,
  .abroad a,
  .number a,
  .links a {
    display: inline-block;
    min-height: 1.5rem;
    padding-block: var(--_space-1);
    overflow-wrap: anywhere;
  }
  .charge {
    color: var(--_color-text-muted);
  }
  .label {
    margin-block-end: 0;
    font-weight: 700;
  }
  .status {
    font-weight: 700;
  }
  .status.open,
  .status.always-open {
    color: var(--_color-success);
  }
  .hours,
  .bring,
  .ready {
    margin-block-start: 0;
  }
  .address {
    font-style: normal;
  }
  @media (forced-colors: active) {
    .status.open,
    .status.always-open,
    .charge {
      color: CanvasText;
    }
  }
`;
