import type { Provider } from './schema.js';

/**
 * The official Sámi names of the four municipalities of the Sámi homeland (saamelaisten
 * kotiseutualue; Sodankylä's northern part), by municipality code: Northern Sámi (`se`) for all four, Inari Sámi
 * (`smn`) for Inari. Sources: Kotimaisten kielten keskus's list of the municipalities'
 * names in the Sámi languages (Kotus, Nimistö) and the municipalities' own Sámi-language
 * pages; Statistics Finland's classification has Finnish and Swedish names only.
 * The one copy: `municipalities.ts` reads it too.
 */
export const SAMI_MUNICIPALITY_NAMES: Readonly<Record<string, { se: string; smn?: string }>> = {
  '047': { se: 'Eanodat' },
  '148': { se: 'Anár', smn: 'Aanaar' },
  '758': { se: 'Soađegilli' },
  '890': { se: 'Ohcejohka' },
};

type Named = { code: string; name?: Provider['name'] | undefined };

function addSami(place: Named | undefined): void {
  const sami = place?.name && SAMI_MUNICIPALITY_NAMES[place.code];
  if (!sami || !place.name) return;
  for (const [lang, name] of Object.entries(sami)) place.name[lang] ??= name;
}

/**
 * Gives a provider's municipalities in the Sámi homeland their official Sámi names where
 * the data has none (PTV gives Finnish, Swedish and English only), so that a finder in
 * Northern Sámi shows Eanodat, not Enontekiö. Changes the provider in place. Exported by
 * `@auta/provider-finder/lang/se.js` for hosts whose data lacks the names; the finder's own
 * bundle stays without it.
 */
export function withSamiNames(provider: Provider): void {
  for (const a of provider.addresses ?? []) addSami(a.municipality);
  for (const area of provider.areas ?? []) if (area.type === 'Municipality') addSami(area);
}
