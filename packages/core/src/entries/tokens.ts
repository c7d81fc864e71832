// @auta/core/tokens.js: the design tokens as data, for documentation and theme tools
// (the CSS every element uses, `tokenStyles`, is in the root entry): the token tables,
// what each token is for, the light and dark themes, and the WCAG contrast checks.
export {
  COLOR_TOKENS,
  CONTRAST_PAIRS,
  SIZE_TOKENS,
  checkThemeContrast,
  contrastRatio,
  type ColorToken,
  type SizeToken,
  type Theme,
} from '../tokens.js';
export { TOKEN_DESCRIPTIONS, darkTheme, lightTheme } from '../token-docs.js';
