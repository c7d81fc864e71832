// The search benchmark itself, the same code in Node (search.mjs runs it through tsx) and in
// Chromium (bundled into search-page.js): generated providers, 200 realistic queries, and
// ProviderIndex, MiniSearch, Fuse.js and a naive folded substring scan over the same data.
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';
import { ProviderIndex, distanceKm, foldText, queryTokens } from '@auta/provider-finder/data.js';
import { indexStats, providerText, textMatches } from '../../packages/provider-finder/src/data/search/testing.ts';
import { generateProviders, mulberry32 } from 'auta-tool-sample-data';

export const SEED = 42;
export const QUERY_COUNT = 200;
export const PAGE = 20;
/** A fixed moment, so "open now" is reproducible: Wednesday 4 March 2026, 12.00 in Finland. */
const NOW = new Date('2026-03-04T10:00:00Z');

/* ---------- the queries ---------- */

// Words found inside Finnish (and Swedish) compounds of the data: Pääkirjasto, Lähikirjasto,
// Kirjastoauto, Digituki, Vertaistukiryhmä, Asiointipiste, Yhteispalvelupiste …
const INSIDE = ['kirjasto', 'tuki', 'palvelupiste', 'piste', 'opisto', 'neuvonta', 'digi', 'ryhma', 'bibliotek', 'palvelu', 'auto', 'stod', 'punkten', 'institutet', 'asiointi'];

/**
 * 200 queries a person might type, from the data itself (seeded): prefixes as typed
 * (`pääkir`), words without diacritics (`jyvaskyla`), words inside compounds (`kirjasto`),
 * several words (`digituki tampere`), words with filters (municipality, form, language,
 * free of charge, open now), and "nearest 20" by distance from a point.
 */
export function makeQueries(providers) {
  const rnd = mulberry32(7);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const located = providers.filter((p) => p.addresses?.[0]?.latitude !== undefined);
  const municipalities = [...new Map(located.map((p) => [p.addresses[0].municipality.code, p.addresses[0].municipality])).values()];
  const nameWords = (p) => p.name.fi.split(/[\s,]+/).filter((w) => w.length >= 4);
  const q = [];
  const add = (kind, query) => q.push({ kind, query });
  for (let i = 0; i < 40; i++) {
    const w = pick(nameWords(pick(providers)));
    add('prefix', { text: w.slice(0, 3 + Math.floor(rnd() * 4)).toLowerCase() });
  }
  const diacritic = municipalities.filter((m) => /[äöå]/i.test(m.name.fi));
  const diacriticWords = [...new Set(providers.slice(0, 2000).flatMap(nameWords).filter((w) => /[äöå]/i.test(w)))];
  for (let i = 0; i < 30; i++) {
    const w = i % 2 && diacritic.length ? pick(diacritic).name.fi : pick(diacriticWords);
    add('diacritics', { text: foldText(w) });
  }
  for (let i = 0; i < 30; i++) add('compound', { text: INSIDE[i % INSIDE.length] });
  for (let i = 0; i < 40; i++) {
    const p = pick(located);
    const w = pick(nameWords(p));
    const muni = p.addresses[0].municipality.name.fi;
    add('multi-word', { text: i % 3 === 0 ? `${INSIDE[i % 6]} ${muni}` : `${w} ${muni}`.toLowerCase() });
  }
  const forms = ['phone', 'service-point', 'device-training', 'course', 'peer-group', 'chat'];
  for (let i = 0; i < 40; i++) {
    const m = pick(municipalities);
    const query = { text: i % 4 === 3 ? '' : pick(INSIDE) };
    if (i % 2 === 0) query.municipalities = [m.code];
    if (i % 3 === 0) query.forms = [pick(forms)];
    if (i % 5 === 0) query.languages = ['sv'];
    if (i % 4 === 1) query.free = true;
    if (i % 7 === 0) {
      query.openNow = true;
      query.now = NOW;
    }
    add('filters', query);
  }
  for (let i = 0; i < 20; i++) {
    const p = pick(located).addresses[0];
    add('nearest', { sort: 'distance', near: { lat: p.latitude + (rnd() - 0.5) * 0.2, lon: p.longitude + (rnd() - 0.5) * 0.4 } });
  }
  return q.slice(0, QUERY_COUNT);
}

export const TYPO_COUNT = 100;

/** One edit of `word` as a hurried typist makes it: a letter left out, two swapped, one wrong, one too many. */
function typo(word, kind, rnd) {
  const at = 1 + Math.floor(rnd() * (word.length - 2));
  const letter = 'aeiouyklmnprstvhj'[Math.floor(rnd() * 17)];
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  if (kind === 2) return word.slice(0, at) + letter + word.slice(at + 1);
  return word.slice(0, at) + letter + word.slice(at);
}

/**
 * 100 one-typo queries (seeded): a word of five letters or more from the names, addresses
 * and compounds of the data, with one edit that makes it a word the data holds nowhere (a
 * typo that spells another word of the data is not a typo a search can see).
 */
export function makeTypoQueries(texts) {
  const rnd = mulberry32(11);
  const held = new Set();
  for (const t of texts) for (const part of [t.name, t.address, t.description]) for (const w of part.split(' ')) held.add(w);
  const words = [...new Set([...texts.slice(0, 3000).flatMap((t) => `${t.name} ${t.address}`.split(' ')), ...INSIDE])].filter((w) => w.length >= 5 && /^[a-z]+$/.test(w));
  const dictionary = [...held];
  const out = [];
  for (let tries = 0; out.length < TYPO_COUNT && tries < 100 * TYPO_COUNT; tries++) {
    const word = words[Math.floor(rnd() * words.length)];
    const text = typo(word, tries % 4, rnd);
    if (text === word || dictionary.some((w) => w.includes(text))) continue;
    out.push({ word, text });
  }
  return out;
}

/* ---------- the engines ---------- */

/** What every engine filters by, read from the records: the same rules as ProviderIndex. */
function predicate(query) {
  const checks = [];
  if (query.municipalities?.length) {
    const want = new Set(query.municipalities);
    checks.push((p) => (p.addresses ?? []).some((a) => want.has(a.municipality.code)) || (p.areas ?? []).some((a) => a.type === 'Municipality' && want.has(a.code)));
  }
  if (query.forms?.length) checks.push((p) => p.supportForms.some((f) => query.forms.includes(f)));
  if (query.languages?.length) checks.push((p) => p.languages.some((l) => query.languages.includes(l)));
  if (query.free) checks.push((p) => p.free === true);
  return checks.length ? (p) => checks.every((c) => c(p)) : undefined;
}

/** The page of `matches` (record numbers) for a query: nearest first with a point, else as found. */
function pageOf(providers, matches, query) {
  if (!query.near) return matches.slice(0, PAGE);
  const d = matches.map((r) => {
    const a = providers[r].addresses?.[0];
    return a?.latitude === undefined ? Infinity : distanceKm(query.near, { lat: a.latitude, lon: a.longitude });
  });
  const order = matches.map((_, i) => i).sort((x, y) => d[x] - d[y]);
  return order.slice(0, PAGE).map((i) => matches[i]);
}

/** Each engine: build(providers, texts) → state; run(state, query) → { page, all? } where `all` is every text match (for recall). */
export const ENGINES = {
  auta: {
    label: 'ProviderIndex (Auta)',
    build: (providers) => new ProviderIndex(providers),
    run: (index, query) => index.search({ ...query, pageSize: PAGE }),
    textMatches: (index, text) => textMatches(index, text),
    typoMatches: (index, text) => textMatches(index, text),
    memory: (index) => indexStats(index).bytes,
    supportsOpenNow: true,
  },
  naive: {
    label: 'folded substring scan (naive)',
    build: (providers, texts) => texts.map((t) => `${t.name} ${t.address} ${t.description}`),
    run(hays, query, providers) {
      const tokens = queryTokens(query.text ?? '');
      const keep = predicate(query);
      const matches = [];
      for (let r = 0; r < hays.length; r++) {
        if (tokens.length && !tokens.every((t) => hays[r].includes(t))) continue;
        if (keep && !keep(providers[r])) continue;
        matches.push(r);
      }
      return { page: pageOf(providers, matches, query), total: matches.length };
    },
    textMatches(hays, text) {
      const tokens = queryTokens(text);
      const out = [];
      for (let r = 0; r < hays.length; r++) if (tokens.every((t) => hays[r].includes(t))) out.push(r);
      return out;
    },
  },
  minisearch: {
    label: 'MiniSearch 7 (prefix, AND)',
    build(providers, texts) {
      const ms = new MiniSearch({
        fields: ['name', 'address', 'description'],
        processTerm: (term) => foldText(term) || null,
        searchOptions: { prefix: true, combineWith: 'AND', boost: { name: 2 } },
      });
      ms.addAll(texts.map((t, id) => ({ id, ...t })));
      return ms;
    },
    run(ms, query, providers) {
      const keep = predicate(query);
      const filter = keep ? (r) => keep(providers[r.id]) : undefined;
      const results = ms.search(query.text?.trim() ? query.text : MiniSearch.wildcard, filter ? { filter } : undefined);
      return { page: pageOf(providers, results.map((r) => r.id), query), total: results.length };
    },
    textMatches: (ms, text) => ms.search(text).map((r) => r.id),
    typoMatches: (ms, text) => ms.search(text, { fuzzy: 1 }).map((r) => r.id),
  },
  fuse: {
    label: 'Fuse.js 7 (fuzzy, threshold 0.3)',
    build: (providers, texts) => new Fuse(texts.map((t, id) => ({ id, ...t })), { keys: ['name', 'address', 'description'], ignoreLocation: true, threshold: 0.3 }),
    run(fuse, query, providers) {
      // Fuse has no "list everything": a query without text is answered from the records.
      const keep = predicate(query);
      const ids = query.text?.trim() ? fuse.search(foldText(query.text)).map((r) => r.item.id) : providers.map((_, i) => i);
      const matches = keep ? ids.filter((r) => keep(providers[r])) : ids;
      return { page: pageOf(providers, matches, query), total: matches.length };
    },
    textMatches: (fuse, text) => fuse.search(foldText(text)).map((r) => r.item.id),
  },
};

/* ---------- measuring ---------- */

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs the whole suite for one record count. `heap()` resolves to the bytes in use after a
 * full garbage collection (JS heap plus ArrayBuffer backing stores: the index's typed arrays
 * live there). `plan(engine, count)` says how many builds and query passes each engine gets,
 * and may return `queryEvery: k` to time only every k-th query (Fuse.js on large data).
 * `cpu()` (sync or async) is the CPU time in ms of the thread or process that searches (Node:
 * `process.cpuUsage`; Chromium: the main thread's `ThreadTime` from the DevTools protocol):
 * timed beside the wall clock, it shows what a figure would be on a machine that is not busy
 * with other work; what reading it costs is measured first and taken off.
 * Resolves to { samples: { id: number[] }, notes: string[] } with ids like `auta/build`.
 */
export async function runSuite(count, { heap, plan, cpu, log = () => {} }) {
  const samples = {};
  const notes = [];
  const put = (id, values) => (samples[id] = values);

  let t = performance.now();
  const providers = generateProviders(count, SEED);
  log(`generated ${count} providers (seed ${SEED}) in ${(performance.now() - t).toFixed(0)} ms`);
  const texts = providers.map(providerText);
  const queries = makeQueries(providers);
  const kinds = [...new Set(queries.map((q) => q.kind))];
  const compound = queries.filter((q) => q.kind === 'compound');
  const typos = makeTypoQueries(texts);
  const scan = ENGINES.naive.build(providers, texts);
  // What reading the CPU clock itself costs (a DevTools round trip in Chromium), taken off each reading.
  let cpuCost = 0;
  if (cpu) {
    const pairs = [];
    for (let i = 0; i < 21; i++) {
      const c = await cpu();
      pairs.push((await cpu()) - c);
    }
    cpuCost = median(pairs);
  }

  for (const [name, engine] of Object.entries(ENGINES)) {
    const p = plan(name, count);
    if (!p) {
      notes.push(`${engine.label}: not run on ${count.toLocaleString('en')} records`);
      continue;
    }
    // Build: time every build; memory of the last one, held while measuring.
    const builds = [];
    const buildsCpu = [];
    let state;
    let memory = NaN;
    for (let b = 0; b < p.builds; b++) {
      state = undefined;
      const before = await heap();
      const c = await cpu?.();
      t = performance.now();
      state = engine.build(providers, texts);
      builds.push(performance.now() - t);
      if (cpu) buildsCpu.push((await cpu()) - c - cpuCost);
      if (b === p.builds - 1) {
        // The index's own structures where the engine can count them (a heap difference can
        // go below zero when a collection frees the garbage of earlier builds); else the
        // heap difference, never below zero.
        const grown = ((await heap()) - before) / 1e6;
        memory = engine.memory ? engine.memory(state) / 1e6 : Math.max(0, grown);
        if (!engine.memory && grown < 0) notes.push(`${engine.label} on ${count.toLocaleString('en')}: the heap shrank by ${(-grown).toFixed(1)} MB while building (garbage of earlier builds collected); memory given as 0`);
      }
    }
    put(`${name}/build`, builds);
    if (cpu) put(`${name}/build-cpu`, buildsCpu);
    put(`${name}/memory`, [memory]);
    log(`${engine.label}: built in ${builds.map((x) => x.toFixed(0)).join(', ')} ms, ${memory.toFixed(1)} MB`);

    // Recall inside compounds, against the naive scan (computed first, so it is the reference).
    const recalls = [];
    for (const q of compound) {
      const want = ENGINES.naive.textMatches(scan, q.query.text);
      const got = new Set(engine.textMatches(state, q.query.text));
      let hit = 0;
      for (const r of want) if (got.has(r)) hit++;
      recalls.push(want.length ? hit / want.length : 1);
      if (want.length && hit < want.length && q.query.text === 'kirjasto') notes.push(`${engine.label} on ${count.toLocaleString('en')}: "kirjasto" finds ${hit} of the ${want.length} records that contain it`);
    }
    put(`${name}/recall-compound`, recalls);

    // One typo: the share of the records the word as meant finds (the scan) that the word as
    // mistyped finds too, per query; and how long a mistyped query takes.
    if (engine.typoMatches) {
      const typoRecall = [];
      const typoTimes = [];
      for (const q of typos) {
        const want = ENGINES.naive.textMatches(scan, q.word);
        const got = new Set(engine.typoMatches(state, q.text));
        const s = performance.now();
        engine.run(state, { text: q.text }, providers);
        typoTimes.push(performance.now() - s);
        let hit = 0;
        for (const r of want) if (got.has(r)) hit++;
        typoRecall.push(want.length ? hit / want.length : 1);
      }
      put(`${name}/recall-typo`, typoRecall);
      put(`${name}/query-typo`, typoTimes);
    }

    // Latency: one warm-up pass, then `passes` timed passes; each query's figure is its median.
    const timed = queries.filter((_, i) => i % (p.queryEvery ?? 1) === 0);
    const warm = p.warmup === false ? [] : timed;
    for (const q of warm) engine.run(state, q.query, providers);
    const perQuery = timed.map(() => []);
    const perQueryCpu = timed.map(() => []);
    for (let pass = 0; pass < p.passes; pass++) {
      for (let i = 0; i < timed.length; i++) {
        const c = await cpu?.();
        const s = performance.now();
        engine.run(state, timed[i].query, providers);
        perQuery[i].push(performance.now() - s);
        if (cpu) perQueryCpu[i].push(Math.max(0, (await cpu()) - c - cpuCost));
      }
    }
    const each = perQuery.map(median);
    if (cpu) put(`${name}/query-cpu`, perQueryCpu.map(median));
    put(`${name}/query`, each);
    for (const kind of kinds) put(`${name}/query-${kind}`, each.filter((_, i) => timed[i].kind === kind));
    put(`${name}/nearest20`, each.filter((_, i) => timed[i].kind === 'nearest'));
    if (p.queryEvery > 1) notes.push(`${engine.label} on ${count.toLocaleString('en')}: ${timed.length} of the ${queries.length} queries timed (every ${p.queryEvery}th), one pass — all of them would take minutes`);
    log(`${engine.label}: ${timed.length} queries × ${p.passes}, median ${median(each).toFixed(3)} ms`);

    // The answers must agree where the engines mean the same thing: ours against the scan.
    if (name === 'auta') {
      let differ = 0;
      for (const q of queries) {
        if (q.query.openNow) continue;
        const ours = state.search({ ...q.query, pageSize: 1 }).total;
        const theirs = ENGINES.naive.run(scan, q.query, providers).total;
        if (ours !== theirs) differ++;
      }
      if (differ) notes.push(`ProviderIndex on ${count.toLocaleString('en')}: ${differ} queries count a different total than the scan with the same filters`);
    }
    state = undefined;
  }
  return { samples, notes };
}
