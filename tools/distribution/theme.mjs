// Themes as data: a JSON file with `light` and `dark` colour tokens (any subset; the rest
// keep their defaults) and optional `sizes`. The contrast rules are @auta/core's own
// (`CONTRAST_PAIRS`, `checkThemeContrast`), read from its tokens entry's TypeScript source so the check
// needs no build.
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const core = await tsImport('../../packages/core/src/entries/tokens.ts', import.meta.url);
export const { COLOR_TOKENS, SIZE_TOKENS, CONTRAST_PAIRS, checkThemeContrast, contrastRatio, lightTheme, darkTheme } = core;

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * Reads and validates a theme file. Problems that make it unusable (unknown token names,
 * colours that are not #rrggbb) are returned as `errors`, each naming the field.
 */
export function loadTheme(file) {
  const errors = [];
  let raw;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { file, errors: [`${file}: not readable JSON (${e.message})`] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { file, errors: [`${file}: a theme is a JSON object`] };
  const allowed = new Set(['$schema', 'name', 'description', 'light', 'dark', 'sizes']);
  for (const k of Object.keys(raw)) if (!allowed.has(k)) errors.push(`${file}: unknown field "${k}" (expected name, description, light, dark, sizes)`);
  const schemes = {};
  for (const scheme of ['light', 'dark']) {
    const given = raw[scheme] ?? {};
    if (typeof given !== 'object' || Array.isArray(given)) {
      errors.push(`${file}: "${scheme}" must be an object of colour tokens`);
      continue;
    }
    for (const [k, v] of Object.entries(given)) {
      if (!(k in COLOR_TOKENS)) errors.push(`${file}: ${scheme}.${k} is not a colour token (one of ${Object.keys(COLOR_TOKENS).join(', ')})`);
      else if (typeof v !== 'string' || !HEX.test(v)) errors.push(`${file}: ${scheme}.${k} is "${v}"; write colours as #rrggbb`);
    }
    schemes[scheme] = { ...(scheme === 'light' ? lightTheme : darkTheme), ...Object.fromEntries(Object.entries(given).filter(([k, v]) => k in COLOR_TOKENS && HEX.test(String(v)))) };
  }
  const sizes = raw.sizes ?? {};
  for (const [k, v] of Object.entries(sizes)) {
    if (!(k in SIZE_TOKENS)) errors.push(`${file}: sizes.${k} is not a size token (one of ${Object.keys(SIZE_TOKENS).join(', ')})`);
    else if (typeof v !== 'string' || /[;{}<>]/.test(v)) errors.push(`${file}: sizes.${k} must be a CSS length or value without ; { } < >`);
  }
  return { file, name: raw.name ?? file, description: raw.description ?? '', light: schemes.light, dark: schemes.dark, given: { light: raw.light ?? {}, dark: raw.dark ?? {} }, sizes, errors };
}

/** Every pair in both schemes, with its ratio and whether it passes. */
export function contrastReport(theme) {
  return ['light', 'dark'].flatMap((scheme) => {
    const failing = new Set(checkThemeContrast(theme[scheme]).map((f) => `${f.fg}|${f.bg}`));
    return CONTRAST_PAIRS.map(([fg, bg, min]) => ({ scheme, fg, bg, min, ratio: contrastRatio(theme[scheme][fg], theme[scheme][bg]), pass: !failing.has(`${fg}|${bg}`) }));
  });
}

/**
 * The theme as CSS for a page: each colour token that the theme sets, as `light-dark()` so
 * it follows the page's `color-scheme` like the defaults do. `selector` is where it applies.
 */
export function themeCss(theme, selector = ':root') {
  const names = Object.keys(COLOR_TOKENS).filter((k) => k in theme.given.light || k in theme.given.dark);
  const lines = names.map((k) => `  --auta-${k}: light-dark(${theme.light[k]}, ${theme.dark[k]});`);
  for (const [k, v] of Object.entries(theme.sizes)) lines.push(`  --auta-${k}: ${v};`);
  return `${selector} {\n${lines.join('\n')}\n}\n`;
}
