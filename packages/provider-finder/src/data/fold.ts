/**
 * Folding for search: lower case, diacritics off (ä → a, ö → o, å → a, é → e, ü → u),
 * and the letters Unicode does not decompose written as their base letters (Sámi đ ŋ ŧ ʒ,
 * Nordic ø æ, German ß). Everything that is not a letter or a digit becomes one space, so
 * words never run together. Query words and indexed text are folded the same way, which
 * is what lets `jyvaskyla` find Jyväskylä and `abo` find Åbo.
 */
const SPECIAL: Record<string, string> = {
  đ: 'd', ð: 'd', ŋ: 'n', ŧ: 't', ʒ: 'z', ǥ: 'g', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', ı: 'i', þ: 'th',
};
const SPECIAL_RE = /[đðŋŧʒǥøæœßłıþ]/g;
const MARKS_RE = /\p{M}+/gu;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;
// Fast path: plain ASCII letters, digits and spaces need no Unicode work.
const ASCII_WORDS_RE = /^[a-z0-9 ]*$/;

/** Folds text for matching; words separated by single spaces, no leading or trailing space. */
export function foldText(input: string): string {
  let s = input.toLowerCase();
  if (ASCII_WORDS_RE.test(s)) return s.replace(/ +/g, ' ').trim();
  s = s.normalize('NFD').replace(MARKS_RE, '');
  s = s.replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
  return s.replace(NON_WORD_RE, ' ').trim();
}

/** The folded words of a query, longest first is not assumed; duplicates and words inside others removed. */
export function queryTokens(text: string): string[] {
  const words = foldText(text).split(' ').filter(Boolean);
  const unique = [...new Set(words)];
  // A word inside another adds nothing to an AND of substrings (`kirja kirjasto`).
  return unique.filter((w) => !unique.some((o) => o !== w && o.includes(w))).slice(0, 12);
}
