import type { Lang } from './lang.js';
import type { LocalizedText } from './types.js';

export interface PickedText {
  text: string;
  /** The language the text is in: set it as `lang` where it differs from the UI language. */
  lang: string;
}

/**
 * Picks the UI language's text, else another language's (Finnish and Swedish first, the
 * national languages), else any. Returns `undefined` when there is no text at all.
 */
export function pickText(text: LocalizedText | undefined, lang: Lang): PickedText | undefined {
  if (!text) return undefined;
  // The UI language, the national languages, English, then any (a repeat costs nothing).
  for (const l of [lang, 'fi', 'sv', 'en', ...Object.keys(text)]) {
    const t = text[l];
    if (typeof t === 'string' && t.trim() !== '') return { text: t, lang: l };
  }
  return undefined;
}
