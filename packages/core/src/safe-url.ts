export const ALLOWED_URL_SCHEMES = ['http:', 'https:', 'tel:', 'mailto:'] as const;

// C0 controls, DEL, C1 controls, and every Unicode space, line or format character that
// can hide a scheme from a reader or a filter (zero-width, bidi overrides, BOM).
// eslint-disable-next-line no-control-regex
const HIDDEN_OR_SPACE = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/**
 * Returns the URL if it is safe to put in `href`, else `undefined`. Allowed: http, https,
 * tel and mailto, and relative URLs (they resolve to the page's own scheme). Refused:
 * every other scheme (`javascript:`, `data:`, `vbscript:`, `file:` …), whatever its case
 * (an allowed scheme in capitals is returned in lower case),
 * and any URL with whitespace or control characters inside it — they are how scheme
 * filters are slipped past (`java\tscript:`), and no honest URL needs them.
 * Surrounding spaces are trimmed, as browsers do.
 */
export function safeUrl(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const url = input.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');
  if (url === '' || url.length > 2048 || HIDDEN_OR_SPACE.test(url)) return undefined;
  // A backslash is a slash to the URL parser ("\\evil" is "//evil"), and never needed in data.
  if (url.includes('\\')) return undefined;
  // Character references belong to HTML, not to URLs in data; here they only hide a scheme
  // from a filter that runs before an HTML decoder (`jav&#x09;ascript:`).
  if (/&(#|colon|tab|newline)/i.test(url)) return undefined;
  const scheme = SCHEME.exec(url)?.[1];
  if (scheme === undefined) {
    // Relative: a colon before the first / ? # would make it a scheme to some parsers.
    const head = url.split(/[/?#]/, 1)[0] ?? '';
    return head.includes(':') ? undefined : url;
  }
  const lower = `${scheme.toLowerCase()}:`;
  if (!(ALLOWED_URL_SCHEMES as readonly string[]).includes(lower) ) return undefined;
  const normalised = `${lower}${url.slice(scheme.length + 1)}`;
  if (lower === 'http:' || lower === 'https:') {
    try {
      const parsed = new URL(normalised);
      if (!parsed.hostname || parsed.username || parsed.password) return undefined;
    } catch {
      return undefined;
    }
  }
  if (lower === 'tel:' && !/^tel:\+?[0-9*#;=,.()-]+$/.test(normalised)) return undefined;
  if (lower === 'mailto:' && !/^mailto:[^<>"]+@[^<>"]+$/.test(normalised)) return undefined;
  return normalised;
}
