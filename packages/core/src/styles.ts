import { css, type CSSResult } from 'lit';
import { tokenStyles } from './tokens.js';

/**
 * Styles every component starts from: tokens, box model, text, an always-visible focus
 * ring, visually hidden text, reduced motion and forced colours.
 */
export const baseStyles: CSSResult[] = [
  tokenStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      color: var(--_color-text);
      font-family: var(--_font-family);
      font-size: var(--_font-size);
      line-height: var(--_line-height);
      overflow-wrap: break-word;
    }
    :host([hidden]) {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    /* The ring is drawn outside the element so nothing it sits on can hide it (WCAG 2.4.7, 2.4.11). */
    :focus-visible {
      outline: var(--_focus-width) solid var(--_color-focus);
      outline-offset: 2px;
    }
    a {
      color: var(--_color-accent);
      text-decoration-thickness: 1px;
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 2px;
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px !important;
      height: 1px !important;
      padding: 0 !important;
      margin: -1px !important;
      overflow: hidden !important;
      clip-path: inset(50%) !important;
      white-space: nowrap !important;
      border: 0 !important;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        animation-iteration-count: 1 !important;
        transition-duration: 0.01ms !important;
        scroll-behavior: auto !important;
      }
    }
    @media (forced-colors: active) {
      :focus-visible {
        outline-color: Highlight;
      }
      a {
        color: LinkText;
      }
    }
  `,
];
