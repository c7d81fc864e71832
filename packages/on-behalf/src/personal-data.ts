/**
 * A Finnish personal identity code (henkilötunnus, HETU): DDMMYY, the century sign, a
 * three-digit individual number and a check character. The century signs are those DVV
 * lists since 2023 (`+`, `-`, `A`–`F`, `U`–`Y`); the check character is one of the 31 DVV
 * uses (digits and letters without G, I, O, Q, Z). Source: Valtioneuvoston asetus
 * väestötietojärjestelmästä 128/2010 § 2, amended 690/2022.
 *
 * Used to make sure none reaches the page: the e-Authorizations web API answers with the
 * principal's identity code, and a host that passes it on by mistake must not show it.
 */
export const HETU_PATTERN = /(?<![0-9A-Za-z])(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![0-9A-Za-z])/g;

/** Whether `text` holds something shaped like a personal identity code. */
export const hasIdentityCode = (text: string): boolean => new RegExp(HETU_PATTERN.source).test(text);

/** `text` with every identity-code-shaped part removed, and surrounding spaces tidied. */
export const withoutIdentityCodes = (text: string): string =>
  text
    .replace(HETU_PATTERN, '')
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .trim()
    .replace(/[,;:]$/, '')
    .trim();

/** A calendar date written as ISO 8601 (`1950-03-14`) that exists, or `undefined`. */
export function isoDate(value: string | undefined): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const d = new Date(`${m[0]}T12:00:00Z`);
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() + 1 === +m[2]! && d.getUTCDate() === +m[3]! ? m[0] : undefined;
}

/** A Finnish business ID (Y-tunnus, FO-nummer) with a correct check digit: 7 digits, a hyphen, 1 digit. */
export function businessId(value: string | undefined): string | undefined {
  const m = /^(\d{7})-(\d)$/.exec(value?.trim() ?? '');
  if (!m) return undefined;
  // PRH's check: weights 7 9 10 5 8 4 2, remainder 0 → 0, 1 → invalid, else 11 − remainder.
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = [...m[1]!].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  const rest = sum % 11;
  if (rest === 1) return undefined;
  return (rest === 0 ? 0 : 11 - rest) === Number(m[2]) ? m[0] : undefined;
}
