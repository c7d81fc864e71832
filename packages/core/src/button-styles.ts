import { css, type CSSResult } from 'lit';

// A module of its own: an element without buttons (the notice, the help block) imports
// `baseStyles` and should not carry these rules too. A bundler cannot drop an unused `css`
// call from a module it keeps, but drops a whole module nothing imports from.

/** Buttons: at least `--auta-target-size` high (WCAG 2.5.8 asks 24px; we give 44px). */
export const buttonStyles: CSSResult = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-height: var(--_target-size);
    min-width: var(--_target-size);
    padding: var(--_space-2) var(--_space-4);
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    text-decoration: underline;
  }
  .button--secondary {
    background: var(--_color-surface);
    color: var(--_color-accent);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
