import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The design tokens: each `--auta-*` custom property a host may set, with its accessible
 * default for a light and a dark colour scheme (what each is for, `TOKEN_DESCRIPTIONS`, and
 * the two themes as tables, `lightTheme` and `darkTheme`, are kept apart in `token-docs.ts`
 * so that the elements do not carry them). The pairs of `CONTRAST_PAIRS` are checked
 * against WCAG contrast minimums in the tests (text 4.5:1, non-text 3:1), and a host's
 * own theme can be checked the same way with `contrastRatio`.
 */
export const COLOR_TOKENS = {
  'color-text': { light: '#1b1f24', dark: '#e8eaed' },
  'color-text-muted': { light: '#4a525c', dark: '#b7bfc9' },
  'color-surface': { light: '#ffffff', dark: '#15181c' },
  'color-surface-subtle': { light: '#f2f4f7', dark: '#1f242b' },
  'color-border': { light: '#6b7480', dark: '#8d97a3' },
  'color-accent': { light: '#0b55c4', dark: '#8ab8ff' },
  'color-on-accent': { light: '#ffffff', dark: '#0d1b30' },
  'color-focus': { light: '#0b55c4', dark: '#8ab8ff' },
  'color-danger': { light: '#b3261e', dark: '#ffb4ab' },
  'color-success': { light: '#146c2e', dark: '#7bd88f' },
  'color-warning-surface': { light: '#fff4e0', dark: '#2e2410' },
  'color-warning-border': { light: '#8a5300', dark: '#f0b351' },
  'color-info-surface': { light: '#eaf1fd', dark: '#18253a' },
} as const;

export type ColorToken = keyof typeof COLOR_TOKENS;
export type SizeToken = keyof typeof SIZE_TOKENS;

/** Pairs of (foreground, background, minimum ratio) that every theme must meet. */
export const CONTRAST_PAIRS: ReadonlyArray<readonly [ColorToken, ColorToken, number]> = [
  ['color-text', 'color-surface', 4.5],
  ['color-text', 'color-surface-subtle', 4.5],
  ['color-text', 'color-warning-surface', 4.5],
  ['color-text', 'color-info-surface', 4.5],
  ['color-text-muted', 'color-surface', 4.5],
  ['color-text-muted', 'color-surface-subtle', 4.5],
  ['color-accent', 'color-surface', 4.5],
  ['color-accent', 'color-surface-subtle', 4.5],
  ['color-accent', 'color-info-surface', 4.5],
  ['color-accent', 'color-warning-surface', 4.5],
  ['color-on-accent', 'color-accent', 4.5],
  ['color-danger', 'color-surface', 4.5],
  ['color-success', 'color-surface', 4.5],
  ['color-success', 'color-surface-subtle', 4.5],
  ['color-border', 'color-surface', 3],
  ['color-border', 'color-surface-subtle', 3],
  ['color-focus', 'color-surface', 3],
  ['color-focus', 'color-surface-subtle', 3],
  ['color-warning-border', 'color-warning-surface', 3],
  ['color-warning-border', 'color-surface', 3],
];

/** Size and type tokens; not colour-scheme dependent. */
export const SIZE_TOKENS = {
  'font-family': { value: 'inherit' },
  'font-size': { value: '1rem' },
  'line-height': { value: '1.5' },
  'radius': { value: '0.25rem' },
  'space-1': { value: '0.25rem' },
  'space-2': { value: '0.5rem' },
  'space-3': { value: '0.75rem' },
  'space-4': { value: '1rem' },
  'space-5': { value: '1.5rem' },
  'space-6': { value: '2rem' },
  'target-size': { value: '2.75rem' },
  'focus-width': { value: '3px' },
} as const;

function relativeLuminance(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`contrastRatio takes #rrggbb colours, not "${hex}"`);
  const n = parseInt(m[1]!, 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export type Theme = Record<ColorToken, string>;

/** Each failing pair of a theme, with its ratio; empty when the theme is accessible. */
export function checkThemeContrast(theme: Theme): Array<{ fg: ColorToken; bg: ColorToken; ratio: number; min: number }> {
  return CONTRAST_PAIRS.flatMap(([fg, bg, min]) => {
    const ratio = contrastRatio(theme[fg], theme[bg]);
    return ratio < min ? [{ fg, bg, ratio, min }] : [];
  });
}

const colorDecls = (pick: (t: { light: string; dark: string }) => string) =>
  Object.entries(COLOR_TOKENS)
    .map(([name, t]) => `--_${name}: var(--auta-${name}, ${pick(t)});`)
    .join('');

/*
 * Each component reads private `--_*` properties, which take the host's `--auta-*`
 * value or the default. The dark values apply where the page (or any ancestor) sets
 * `color-scheme: dark` (or `light dark` and the user prefers dark): `light-dark()` picks
 * by the used colour scheme, so a component follows its page rather than the OS alone.
 * Browsers without `light-dark()` keep the light values.
 */
export const tokenStyles: CSSResult = css`
  :host {
    ${unsafeCSS(colorDecls((t) => t.light))}
    ${unsafeCSS(Object.entries(SIZE_TOKENS).map(([n, t]) => `--_${n}: var(--auta-${n}, ${t.value});`).join(''))}
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      ${unsafeCSS(colorDecls((t) => `light-dark(${t.light}, ${t.dark})`))}
    }
  }
`;
