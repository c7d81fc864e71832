import { css, unsafeCSS } from 'lit';
import { tokenStyles } from '@auta/core';

const HOSTS = 'auta-help-feedback, auta-accessibility-feedback';
const scope = (selector: string) => `:is(${HOSTS}) ${selector}`;

/*
 * The forms live in the light DOM (see feedback-form.ts), so their styles are scoped by
 * the two tag names instead of a shadow root. The core tokens, written for `:host`, are
 * given to the tags themselves.
 */
const tokens = tokenStyles.cssText.replaceAll(':host', `:is(${HOSTS})`);

export const feedbackStyles = css`
  ${unsafeCSS(tokens)}
  ${unsafeCSS(`:is(${HOSTS})`)} {
    display: block;
    box-sizing: border-box;
    max-width: 40rem;
    color: var(--_color-text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    overflow-wrap: break-word;
    --_error: var(--auta-feedback-error-color, var(--_color-danger));
    --_control-size: var(--auta-feedback-control-size, 1.5rem);
  }
  ${unsafeCSS(`:is(${HOSTS})[hidden]`)} {
    display: none !important;
  }
  ${unsafeCSS(`${scope('*')}, ${scope('*::before')}, ${scope('*::after')}`)} {
    box-sizing: inherit;
  }
  ${unsafeCSS(scope(':focus-visible'))} {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  ${unsafeCSS(scope(':is(.auta-fb-visually-hidden, .visually-hidden)'))} {
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
  ${unsafeCSS(scope('a'))} {
    color: var(--_color-accent);
    text-underline-offset: 0.15em;
  }
  ${unsafeCSS(scope('.auta-fb-heading'))} {
    margin: 0 0 var(--_space-4);
    font-size: var(--auta-feedback-heading-size, 1.375rem);
    line-height: 1.3;
  }
  ${unsafeCSS(scope(':is(p, ul)'))} {
    margin: 0 0 var(--_space-3);
  }
  ${unsafeCSS(scope('.auta-fb-field'))} {
    margin: 0 0 var(--_space-5);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  ${unsafeCSS(scope('.auta-fb-field--error'))} {
    padding-inline-start: var(--_space-4);
    border-inline-start: 5px solid var(--_error);
  }
  ${unsafeCSS(scope(':is(legend, .auta-fb-label)'))} {
    display: block;
    padding: 0;
    margin: 0 0 var(--_space-2);
    font-weight: 700;
    white-space: normal;
  }
  ${unsafeCSS(scope('.auta-fb-hint'))} {
    color: var(--_color-text-muted);
  }
  ${unsafeCSS(scope('.auta-fb-error'))} {
    color: var(--_error);
    font-weight: 700;
  }
  ${unsafeCSS(scope('.auta-fb-option'))} {
    display: grid;
    grid-template-columns: var(--_control-size) minmax(0, 1fr);
    column-gap: var(--_space-3);
    align-items: center;
    min-height: var(--_target-size);
  }
  ${unsafeCSS(scope('.auta-fb-option input'))} {
    width: var(--_control-size);
    height: var(--_control-size);
    margin: 0;
    accent-color: var(--_color-accent);
  }
  ${unsafeCSS(scope('.auta-fb-option label'))} {
    padding-block: var(--_space-2);
  }
  ${unsafeCSS(scope('.auta-fb-choices--inline'))} {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-6);
  }
  ${unsafeCSS(scope(':is(input[type="text"], input[type="email"], textarea)'))} {
    display: block;
    width: 100%;
    min-height: var(--_target-size);
    padding: var(--_space-2);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }
  ${unsafeCSS(scope('[aria-invalid="true"]'))} {
    border-color: var(--_error);
  }
  ${unsafeCSS(scope('.auta-fb-summary'))} {
    margin: 0 0 var(--_space-5);
    padding: var(--_space-4);
    border: 4px solid var(--_error);
  }
  ${unsafeCSS(scope('.auta-fb-summary-title'))} {
    font-weight: 700;
    font-size: 1.125rem;
  }
  ${unsafeCSS(scope('.auta-fb-summary a'))} {
    color: var(--_error);
    font-weight: 700;
  }
  ${unsafeCSS(scope('.auta-fb-notice'))} {
    padding: var(--_space-3) var(--_space-4);
    border-inline-start: 4px solid var(--_color-border);
    background: var(--_color-surface-subtle);
  }
  ${unsafeCSS(scope('.auta-fb-thanks'))} {
    padding: var(--_space-4);
    border-inline-start: 5px solid var(--_color-success);
    background: var(--_color-surface-subtle);
  }
  ${unsafeCSS(scope('.auta-fb-button'))} {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_target-size);
    min-width: var(--_target-size);
    padding: var(--_space-2) var(--_space-4);
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  ${unsafeCSS(scope('.auta-fb-button:hover'))} {
    text-decoration: underline;
  }
  ${unsafeCSS(scope('.auta-fb-button[aria-disabled="true"]'))} {
    cursor: progress;
    opacity: 0.7;
  }
  @media (prefers-reduced-motion: reduce) {
    ${unsafeCSS(scope('*'))} {
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    ${unsafeCSS(scope(':focus-visible'))} {
      outline-color: Highlight;
    }
    ${unsafeCSS(scope(':is(.auta-fb-error, .auta-fb-summary a)'))} {
      color: CanvasText;
    }
    ${unsafeCSS(scope(':is(.auta-fb-field--error, .auta-fb-summary, .auta-fb-thanks, .auta-fb-notice)'))} {
      border-color: CanvasText;
    }
    ${unsafeCSS(scope('.auta-fb-button'))} {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;

const adopted = new WeakSet<Document | ShadowRoot>();

/**
 * Gives the tree the element is in (the document or a shadow root) the feedback style
 * sheet, once. A constructable sheet, not a `<style>` element: no inline style for a
 * Content-Security-Policy to refuse.
 */
export function adoptFeedbackStyles(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot) || adopted.has(root)) return;
  const sheet = feedbackStyles.styleSheet;
  if (!sheet) return;
  adopted.add(root);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
