import type { LocalizedText } from '@auta/core';
import type { MandateTheme } from './mandate-themes.js';

// The PTV mapping on its own: the entry loads it only when a host gives PTV's
// `digitalAuthorizations` (most give `mandateThemes`).

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
