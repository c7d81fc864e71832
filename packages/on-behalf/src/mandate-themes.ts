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
 * One of a PTV service–channel connection's `digitalAuthorizations`: the mandate themes the
 * service uses, as the PTV open API sends them (`V4VmOpenApiFintoItem`: `id`, `code`,
 * `name` as `[{ language, value }]`, `ontologyType`, `uri`, `parentId`, `parentUri`; source:
 * vrk-kpa/ptv-releases, ServiceServiceChannel in the open API v11).
 */
export interface PtvDigitalAuthorization {
  id: string;
  code?: string | null;
  name?: Array<{ language?: string | null; value?: string | null }> | null;
  ontologyType?: string | null;
  uri?: string | null;
  parentId?: string | null;
  parentUri?: string | null;
}

/**
 * PTV's `digitalAuthorizations` as mandate themes: the code (else the id) as the id, the
 * names by language. Entries without a name in any language are left out (with no name
 * there is nothing to tell the user), and one theme listed twice is kept once.
 */
export function mandateThemesFromPtv(items: readonly PtvDigitalAuthorization[] | null | undefined): MandateTheme[] {
  const seen = new Set<string>();
  const out: MandateTheme[] = [];
  for (const item of Array.isArray(items) ? items : []) {
    const id = (item?.code || item?.id || '').trim();
    const name: LocalizedText = {};
    for (const n of Array.isArray(item?.name) ? item.name : []) {
      if (n?.language && n.value?.trim() && !name[n.language]) name[n.language] = n.value.trim();
    }
    if (!id || seen.has(id) || Object.keys(name).length === 0) continue;
    seen.add(id);
    out.push({ id, name });
  }
  return out;
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
