import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from './lang.js';
import { pickText, type PickedText } from './localized.js';
import type { LocalizedText } from './types.js';

/**
 * Picked text for a template: as it is when it is in the UI language `lang`, else inside
 * `<span lang>` so that a screen reader pronounces it in its own language (WCAG 3.1.2);
 * `nothing` without text. Text from data, so always a binding, never HTML.
 */
export function pickedWithLang(picked: PickedText | undefined, lang: string): TemplateResult | string | typeof nothing {
  return !picked ? nothing : picked.lang === lang ? picked.text : html`<span lang=${picked.lang}>${picked.text}</span>`;
}

/** Data text for a template in `lang`: one string for every language as it is, else `pickText` and `pickedWithLang`. */
export const textWithLang = (text: LocalizedText | string | undefined, lang: Lang): TemplateResult | string | typeof nothing =>
  typeof text === 'string' ? text : pickedWithLang(pickText(text, lang), lang);
