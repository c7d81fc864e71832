import { css } from 'lit';

/**
 * The rules the help block and the service-unavailable page share for their own text (the
 * channels' parts have `channelPartStyles`): paragraphs and lists spaced alike in both.
 */
export const helpSharedStyles = css`
  p,
  ul {
    margin: 0 0 var(--_space-2);
  }
  ul {
    padding-inline-start: var(--_space-5);
  }
`;
