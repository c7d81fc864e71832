/** What a call to a Finnish number costs the caller, as PTV's `serviceChargeType` says it. */
export type PhoneNumberKind = 'mobile' | 'landline' | 'service' | 'free' | 'premium' | 'foreign';

export interface FormattedPhone {
  /** Grouped as Finns write it: `040 123 4567`, `0400 123 456`, `09 123 4567`, `0295 530 010`, `116 117`. */
  display: string;
  /** `tel:` URI in international form: `tel:+358401234567`. */
  href: string;
  /** Digits in international form without the plus: `358401234567`; a short number (`112`) as it is. */
  e164: string;
  kind: PhoneNumberKind;
}

// Landline area codes (trunk prefix 0 included), after Traficom's numbering plan:
// 02, 03, 05, 06, 08, 09 and 013–019.
const AREA_CODE = /^0(1[3-9]|[235689])/;
// Mobile prefixes: 040–050 ranges in use, 0457 etc. are inside 045.
const MOBILE = /^0(4\d|50)/;
// National service and business numbers, written with the prefix apart.
const SERVICE_PREFIXES: Array<[string, PhoneNumberKind]> = [
  ['0800', 'free'],
  ['0700', 'premium'],
  ['0600', 'premium'],
  ['0100', 'service'],
  ['0200', 'premium'],
  ['0300', 'premium'],
  ['0295', 'service'], // State administration: 0295 xxx xxx
  ['020', 'service'],
  ['029', 'service'],
  ['030', 'service'],
  ['073', 'service'],
  ['075', 'service'],
  ['010', 'service'],
];

/** Splits a subscriber number into groups: 3+3, 3+4, 4+4, 3+3+3 … as SFS 4175 shows them. */
function groupSubscriber(digits: string): string {
  const n = digits.length;
  const sizes = n <= 4 ? [n] : n === 5 ? [2, 3] : n === 6 ? [3, 3] : n === 7 ? [3, 4] : n === 8 ? [4, 4] : n === 9 ? [3, 3, 3] : [3, 3, n - 6];
  const groups: string[] = [];
  let at = 0;
  for (const size of sizes) {
    groups.push(digits.slice(at, at + size));
    at += size;
  }
  return groups.join(' ');
}

/** Strips the separators people type: spaces (`\s` also matches no-break ones), hyphens, dots, slashes, parentheses. */
function compact(input: string): string {
  return input.replace(/[\s().\-/]/g, '');
}

/**
 * Formats a phone number as Finns write it, with its `tel:` link, or returns `null` when
 * the input is not a phone number. Accepts national (`0401234567`, `09-123 4567`) and
 * international input (`+358 40 123 4567`, `00358401234567`, `+358 (0)9 123 4567`).
 * A foreign number (`+46 8 123 456`) keeps its own grouping.
 */
export function formatPhone(input: unknown): FormattedPhone | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  const raw = input.trim();
  let digits = compact(raw);
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  if (!/^\+?\d+$/.test(digits)) return null;
  // The emergency number and the EU's harmonised 116 numbers (116 117 Päivystysapu) are
  // dialled as they are, from any phone, free of charge; they have no international form.
  if (/^(112|116\d{3})$/.test(digits)) return { display: digits.replace(/^116/, '116 '), href: `tel:${digits}`, e164: digits, kind: 'free' };
  if (digits.startsWith('+')) {
    if (!digits.startsWith('+358')) {
      if (digits.length < 8 || digits.length > 16) return null;
      const display = raw.replace(/\s+/g, ' ');
      return { display, href: `tel:${digits}`, e164: digits.slice(1), kind: 'foreign' };
    }
    // "+358 (0)9 …": the trunk zero in parentheses is written by many, but dialled by none.
    digits = `0${digits.slice(4).replace(/^0/, '')}`;
  }
  if (!digits.startsWith('0') || digits.length < 6 || digits.length > 12) return null;

  let prefix: string | undefined;
  let kind: PhoneNumberKind = 'landline';
  for (const [p, k] of SERVICE_PREFIXES) {
    if (digits.startsWith(p)) {
      prefix = p;
      kind = k;
      break;
    }
  }
  if (!prefix && MOBILE.test(digits)) {
    // 0400 and 0500 numbers are written with the four-digit prefix apart: 0400 123 456.
    prefix = digits.slice(0, /^0[45]00/.test(digits) ? 4 : 3);
    kind = 'mobile';
  }
  prefix ??= AREA_CODE.exec(digits)?.[0];
  if (!prefix) return null;
  const subscriber = digits.slice(prefix.length);
  if (subscriber.length < 5 || subscriber.length > 10) return null;
  if (kind === 'mobile' && (subscriber.length < 6 || subscriber.length > 8)) return null;

  const e164 = `358${digits.slice(1)}`;
  return { display: `${prefix} ${groupSubscriber(subscriber)}`, href: `tel:+${e164}`, e164, kind };
}
