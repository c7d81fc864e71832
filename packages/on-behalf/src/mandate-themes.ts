import type { LocalizedText } from '@auta/core';

/** A Suomi.fi e-Authorizations mandate theme (valtuusasia, fullmaktsärende) the service uses. */
export interface MandateTheme {
  /** The theme's code in e-Authorizations, or any stable id. */
  id: string;
  /** The theme's name in each language. */
  name: LocalizedText;
  /** Which choices the theme applies to; both when left out. */
  appliesTo?: Array<'person' | 'organisation'>;
}

/** A role that lets a person act for an organisation without a mandate. */
export interface RoleWithoutMandate {
  id: string;
  /** E.g. fi "kaupparekisteriin merkitty toimitusjohtaja", en "managing director entered in the Trade Register". */
  name: LocalizedText;
}

/**
 * The `mandate-themes` attribute: a JSON array of themes (`[{"id":…,"name":{"fi":…}}]`),
 * or plain names separated by semicolons or new lines (`Rakennusluvan hakeminen;
 * Ajoneuvoverotus`), taken to be in the page's language.
 */
export function mandateThemesFromAttribute(value: string | null): MandateTheme[] {
  const text = (value ?? '').trim();
  if (!text) return [];
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? (parsed as MandateTheme[]) : [];
    } catch {
      console.warn('[auta] auta-on-behalf-entry: mandate-themes is not valid JSON; ignored.');
      return [];
    }
  }
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((name, i) => ({ id: `theme-${i + 1}`, name: { fi: name, sv: name, en: name } }));
}
