import { COLOR_TOKENS, darkTheme, lightTheme, type ColorToken, type SIZE_TOKENS } from '@auta/core/tokens.js';

/** A theme file (stories/theming/themes/*.json): colour tokens per scheme, optional sizes. */
export interface ThemeFile {
  name: string;
  description?: string;
  light?: Partial<Record<ColorToken, string>>;
  dark?: Partial<Record<ColorToken, string>>;
  sizes?: Partial<Record<keyof typeof SIZE_TOKENS, string>>;
}

/**
 * The theme as `--auta-*` properties for `styleMap` (set through the CSSOM, so a strict
 * `style-src` allows it). Colours are `light-dark()`, so they follow the page's colour
 * scheme exactly as the defaults do; a token the theme leaves alone is not set.
 */
export function themeProperties(theme: ThemeFile): Record<string, string> {
  const out: Record<string, string> = {};
  for (const token of Object.keys(COLOR_TOKENS) as ColorToken[]) {
    if (!theme.light?.[token] && !theme.dark?.[token]) continue;
    out[`--auta-${token}`] = `light-dark(${theme.light?.[token] ?? lightTheme[token]}, ${theme.dark?.[token] ?? darkTheme[token]})`;
  }
  for (const [name, value] of Object.entries(theme.sizes ?? {})) out[`--auta-${name}`] = value;
  return out;
}

/** The theme's resolved colours in one scheme (the defaults where it sets nothing). */
export const resolved = (theme: ThemeFile, scheme: 'light' | 'dark') => ({ ...(scheme === 'light' ? lightTheme : darkTheme), ...theme[scheme] });
