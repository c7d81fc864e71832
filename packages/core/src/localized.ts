import type { Lang } from './lang.js';
import type { LocalizedText } from './types.js';

/** The order to try other languages in when a text is missing in the UI language. */
const FALLBACK_ORDER: Record<Exclude<Lang, 'se'>, readonly string[]> = {
  fi: ['fi', 'sv', 'en'],
  sv: ['sv', 'fi', 'en'],
  en: ['en', 'fi', 'sv'],
};

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
  for (const l of FALLBACK_ORDER[lang as Exclude<Lang, 'se'>]) {
    const t = text[l];
    if (typeof t === 'string' && t.trim() !== '') return { text: t, lang: l };
  }
  for (const [l, t] of Object.entries(text)) {
    if (typeof t === 'string' && t.trim() !== '') return { text: t, lang: l };
  }
  return undefined;
}
