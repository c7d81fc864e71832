import { COLOR_TOKENS, type ColorToken, type SizeToken, type Theme } from './tokens.js';

/** What each `--auta-*` token is for; for documentation and theme tools, not the elements. */
export const TOKEN_DESCRIPTIONS: Record<ColorToken | SizeToken, string> = {
  'color-text': 'Body text.',
  'color-text-muted': 'Secondary text: hints, meta data.',
  'color-surface': 'Background of a component.',
  'color-surface-subtle': 'Background of grouped or secondary areas.',
  'color-border': 'Borders of controls and cards (non-text, 3:1).',
  'color-accent': 'Links, primary buttons, selected controls.',
  'color-on-accent': 'Text on the accent colour.',
  'color-focus': 'Focus ring (3:1 against the surface).',
  'color-danger': 'Error text and borders.',
  'color-success': 'Positive status text ("open now").',
  'color-warning-surface': 'Background of warnings (outage notices).',
  'color-warning-border': 'Border of warnings (non-text, 3:1).',
  'color-info-surface': 'Background of callouts.',
  'font-family': 'Font of all text; the page’s own font by default.',
  'font-size': 'Body text size.',
  'line-height': 'Body line height.',
  'radius': 'Corner radius of cards, buttons and fields.',
  'space-1': 'Smallest gap.',
  'space-2': 'Small gap.',
  'space-3': 'Medium gap.',
  'space-4': 'Default gap.',
  'space-5': 'Large gap.',
  'space-6': 'Largest gap.',
  'target-size': 'Minimum height of buttons and fields (at least 24px, WCAG 2.5.8).',
  'focus-width': 'Width of the focus ring.',
};

// The default themes as tables of colours, for theme tools and `checkThemeContrast`. They live
// here, not beside `tokenStyles`: building them runs code, which a bundler keeps in every
// element that imports the module, used or not (about 170 B minified each).
export const lightTheme = Object.fromEntries(Object.entries(COLOR_TOKENS).map(([k, v]) => [k, v.light])) as Theme;
export const darkTheme = Object.fromEntries(Object.entries(COLOR_TOKENS).map(([k, v]) => [k, v.dark])) as Theme;
