/**
 * What the tests and the bench measure the index against, kept out of the public entry
 * (`data.js`) and so out of every page: the reference text of a provider (a folded
 * substring scan over it is the answer the index must give), the text part of a search
 * alone, and the index's memory. Import it by path.
 */
import { foldText, queryTokens } from '../fold.js';
import type { Provider } from '../schema.js';
import { indexParts, type ProviderIndex } from './provider-index.js';

// Street names, municipalities and description phrases repeat across providers: fold each
// raw word once. Bounded, so a stream of unique words cannot grow it without end.
const foldedWords = new Map<string, string>();
const foldWord = (raw: string): string => {
  let folded = foldedWords.get(raw);
  if (folded === undefined) {
    if (foldedWords.size > 200_000) foldedWords.clear();
    folded = foldText(raw);
    foldedWords.set(raw, folded);
  }
  return folded;
};
const words = (parts: Array<string | undefined>) => {
  const seen: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    for (const raw of part.split(/\s+/)) {
      if (!raw) continue;
      const folded = foldWord(raw);
      if (folded.includes(' ')) {
        for (const w of folded.split(' ')) if (w && !seen.includes(w)) seen.push(w);
      } else if (folded && !seen.includes(folded)) seen.push(folded);
    }
  }
  return seen.join(' ');
};
const texts = (t: Partial<Record<string, string>> | undefined) => (t ? Object.values(t) : []);

/**
 * The folded text a provider is found by, in three parts: names (all languages); address
 * words (street, number, postal code, post office, municipality, served areas); the
 * description. A folded substring scan over these strings is the reference answer.
 */
export function providerText(p: Provider): { name: string; address: string; description: string } {
  const address: Array<string | undefined> = [];
  for (const a of p.addresses ?? []) {
    address.push(...texts(a.street), a.streetNumber, a.postalCode, ...texts(a.postOffice), ...texts(a.municipality?.name));
  }
  for (const area of p.areas ?? []) address.push(...texts(area.name));
  return { name: words(texts(p.name)), address: words(address), description: words(texts(p.description)) };
}

/** One string of `providerText`, words separated by spaces: what a query word is looked for in. */
export function providerHaystack(p: Provider): string {
  const t = providerText(p);
  return `${t.name} ${t.address} ${t.description}`;
}

/** Record numbers whose text holds every query word (the text part of a search, typo correction included), in record order. */
export function textMatches(index: ProviderIndex, text: string): number[] {
  const { text: matcher } = indexParts(index);
  const { tokens, lists } = matcher.spell(queryTokens(text), text);
  if (!tokens.length) return Array.from({ length: index.size }, (_, i) => i);
  return Array.from(matcher.search(tokens, lists).ids).sort((a, b) => a - b);
}

export interface IndexStats {
  providers: number;
  /** Record numbers kept in the postings. */
  postings: number;
  /** Frequent grams kept as bitsets (none: every gram is a list). */
  bitsets: number;
  /** Bytes the index holds beside the records: its typed arrays exactly, its strings, maps and lists estimated (see `indexStats`). */
  bytes: number;
}

/**
 * What `index` holds: typed arrays by their byteLength, made-on-first-use ones included once
 * made; strings at two bytes a character; each Map entry at 40 bytes and each array slot at
 * 8 (V8's hash tables and pointers on a 64-bit machine), without the records themselves.
 */
export function indexStats(index: ProviderIndex): IndexStats {
  const { columns: c, text, filters, ranking } = indexParts(index);
  const t = c.text;
  let chars = 0;
  for (const w of t.dictionary) chars += w.length;
  for (const codes of [c.municipalityIds, c.regionIds, c.languageIds]) for (const v of codes.values) chars += v.length;
  const slotsMade = filters.facetSlots.slots;
  const csrs = [c.municipalities, c.regions, c.servedRegions, c.languages, ...(slotsMade ? [slotsMade] : [])];
  const typed = [
    t.wordOffsets, t.postings, t.fieldOffsets, t.fieldWords, t.grams.starts, t.grams.words, text.cur, text.matched, text.sum, text.touched, text.first,
    c.kind, c.forms, c.audience, c.access, c.free, c.nationwide, c.lat, c.lon,
    ...csrs.flatMap((x) => [x.offsets, x.values]),
    ...[filters.hoursTemplate, filters.all, filters.facetSlots.totals, ranking.trigTable].filter((a) => a !== undefined),
    ...[...ranking.ranks.values()].flatMap((r) => [r.rank, r.order]),
    ...filters.allCounts.flatMap((x) => (x ? [x.muni, x.region, x.form, x.lang, x.kind] : [])),
  ].reduce((sum, a) => sum + a.byteLength, 0);
  const mapEntries = c.byId.size + t.grams.slots.size + c.municipalityIds.ids.size + c.regionIds.ids.size + c.languageIds.ids.size;
  const slots = t.dictionary.length + c.municipalityNames.length + filters.hoursTemplates.length + mapEntries;
  return { providers: index.size, postings: t.postings.length, bitsets: 0, bytes: typed + 2 * chars + 40 * mapEntries + 8 * slots };
}
