// The stories, the guidance pages and the elements say the same thing, from one source: the
// catalogs. The guidance pages' copy tables are held by terms.test.ts (tools/content/copy-tables.ts);
// this test holds the stories. Where a story writes an element's content as HTML (the
// HTML-first stories), a text the element has a default for must come from the catalog
// (`defaultText` in stories/copy.ts), never be typed again: a copy typed by hand drifts
// ("Varaa aika ennen kuin tulet:" against the catalog's "Varaa aika ennen kuin tulet.").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, MessageMap } from '@auta/core';
import { altChannelCatalog, loadAltChannelEasy } from '@auta/alt-channel';
import { actingAsCatalog, loadOnBehalfEasy, onBehalfCatalog } from '@auta/on-behalf';
import { loadProviderFinderEasy, providerFinderCatalog } from '@auta/provider-finder';
import { helpCatalog, loadHelpEasy, unavailableCatalog } from '@auta/help';
import { accessibilityFeedbackCatalog, helpFeedbackCatalog } from '@auta/feedback';

// The easy-to-read catalogs that load on demand, loaded up front: their defaults count too.
await Promise.all([loadOnBehalfEasy(), loadAltChannelEasy(), loadHelpEasy(), loadProviderFinderEasy()]);

const cat = (c: unknown) => c as Catalog<MessageMap>;
/** The catalogs whose words an element (and what it holds) shows. */
const CATALOGS: Record<string, Record<string, Catalog<MessageMap>>> = {
  'auta-alt-channel-notice': { altChannelCatalog: cat(altChannelCatalog) },
  'auta-help': { helpCatalog: cat(helpCatalog), altChannelCatalog: cat(altChannelCatalog) },
  'auta-service-unavailable': { unavailableCatalog: cat(unavailableCatalog), altChannelCatalog: cat(altChannelCatalog) },
  'auta-on-behalf-entry': { onBehalfCatalog: cat(onBehalfCatalog) },
  'auta-acting-as': { actingAsCatalog: cat(actingAsCatalog) },
  'auta-provider-finder': { providerFinderCatalog: cat(providerFinderCatalog) },
  'auta-provider-card': { providerFinderCatalog: cat(providerFinderCatalog) },
  'auta-help-feedback': { helpFeedbackCatalog: cat(helpFeedbackCatalog) },
  'auta-accessibility-feedback': { accessibilityFeedbackCatalog: cat(accessibilityFeedbackCatalog) },
};

interface Default {
  text: string;
  where: string;
}

/** Every plain-text default of the catalogs, in every language, at both levels. */
function defaultsOf(catalogs: Record<string, Catalog<MessageMap>>): Default[] {
  const out: Default[] = [];
  for (const [name, c] of Object.entries(catalogs)) {
    for (const [level, levelCatalog] of [['', c], ['easy.', c.easy]] as const) {
      for (const [lang, messages] of Object.entries(levelCatalog ?? {})) {
        if (lang === 'easy' || !messages || typeof messages !== 'object') continue;
        for (const [key, m] of Object.entries(messages as MessageMap)) if (typeof m === 'string' && m.trim()) out.push({ text: m.trim(), where: `${name}.${level}${lang}['${key}']` });
      }
    }
  }
  return out;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const bare = (s: string) => norm(s).replace(/[.:;,!?…]+$/, '');

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** The texts a story writes inside each Auta element, with the element's tag. */
export function textsInElements(source: string): Array<{ tag: string; text: string }> {
  const out: Array<{ tag: string; text: string }> = [];
  for (const m of source.matchAll(/<(auta-[a-z-]+)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const inner = m[2]!.replace(/\$\{[^}]*\}/g, ' ');
    for (const t of inner.matchAll(/>([^<>]+)</g)) {
      const whole = t[1]!.replace(/\s+/g, ' ').trim();
      if (!/\p{L}{2}/u.test(whole)) continue;
      // A paragraph is checked whole and sentence by sentence: a default is often one sentence of it.
      const sentences = whole.split(/(?<=[.!?:])\s+/);
      for (const text of new Set([whole, ...sentences])) if (/\p{L}{2}/u.test(text)) out.push({ tag: m[1]!, text });
    }
  }
  return out;
}

/** Where a story types an element's default, or a text that nearly matches one. */
export function storyProblems(file: string, source: string): string[] {
  const problems: string[] = [];
  for (const { tag, text } of textsInElements(source)) {
    const catalogs = CATALOGS[tag];
    if (!catalogs) continue;
    for (const d of defaultsOf(catalogs)) {
      if (norm(text) === norm(d.text)) {
        problems.push(`${file}: <${tag}> "${text}" is the default ${d.where}: take it from the catalog (defaultText)`);
        break;
      }
      if (bare(text) === bare(d.text) || (bare(text).length >= 10 && distance(bare(text), bare(d.text)) <= 2)) {
        problems.push(`${file}: <${tag}> "${text}" differs from the default ${d.where} "${d.text}": take the catalog's text (defaultText)`);
        break;
      }
    }
  }
  return problems;
}

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|mdx)$/.test(p) ? [p] : [];
  });

test('the check catches a default typed by hand and one that drifted', () => {
  const story = 'html`<auta-alt-channel-notice><section slot="phone"><h3>Puhelimitse</h3><p>Esimerkkikatu 1. Varaa aika ennen kuin tulet: <a href="#">x</a></p></section></auta-alt-channel-notice>`';
  const found = storyProblems('fixture.ts', story);
  assert.equal(found.length, 2, found.join('\n'));
  assert.match(found[0]!, /"Puhelimitse" is the default altChannelCatalog\.fi\['phone'\]/);
  assert.match(found[1]!, /"Varaa aika ennen kuin tulet:" differs from the default altChannelCatalog\.(easy\.)?fi\['bookingRequired'\]/);
  // Text from the catalog (an expression) and the author's own words pass.
  assert.deepEqual(storyProblems('fixture.ts', 'html`<auta-help><h3>${fi(\'phone\')}</h3><p>Palvelupiste Esimerkkilä</p></auta-help>`'), []);
});

test('stories take the elements’ default texts from the catalogs', () => {
  const problems = files('stories').flatMap((f) => storyProblems(f, readFileSync(f, 'utf8')));
  assert.deepEqual(problems, []);
});
