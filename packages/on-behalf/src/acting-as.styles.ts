import { css } from 'lit';

export const actingAsStyles = css`
  :host {
    --_bg: var(--auta-acting-as-background, var(--_color-surface-subtle));
    --_edge: var(--auta-acting-as-border-color, var(--_color-accent));
    /* A header is often a flex row: the line may shrink to the narrowest screen, never overflow it. */
    min-width: 0;
    max-width: 100%;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-4);
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 0.25rem solid var(--_edge);
    background: var(--_bg);
  }
  .text {
    flex: 1 1 14rem;
    min-width: 0;
    margin: 0;
  }
  .who,
  .basis {
    display: block;
  }
  /* A 300-character name with no spaces still wraps inside a 320px header. */
  .name {
    overflow-wrap: anywhere;
  }
  .basis {
    color: var(--_color-text-muted);
    overflow-wrap: anywhere;
  }
  .switch {
    flex: none;
  }
  @media (forced-colors: active) {
    .line {
      border-inline-start-color: CanvasText;
    }
  }
`;
