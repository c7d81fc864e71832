import { expect } from '@open-wc/testing';
import { openingStatus } from '@auta/core/hours.js';
import { ProviderIndex, distanceKm, foldText, isOpenAt, loadProviders, queryTokens, type Provider, type ProviderQuery } from '@auta/provider-finder/data.js';
import { indexStats, providerHaystack, textMatches } from '../../src/data/search/testing.js';
import { SAMPLE_PROVIDERS } from '@auta/provider-finder/sample.js';
import { helsinkiTime } from '@auta/core/hours.js';
import { generateProviders } from 'auta-tool-sample-data';

const index = new ProviderIndex(SAMPLE_PROVIDERS);
const ids = (q: ProviderQuery) => index.search({ pageSize: 100, ...q }).items.map((h) => h.provider.id);
const names = (q: ProviderQuery, lang: 'fi' | 'sv' | 'en' = 'fi') => index.search({ pageSize: 100, ...q }).items.map((h) => h.provider.name[lang] ?? '');
/** The reference: a folded substring scan over every provider. */
const scan = (text: string) => {
  const tokens = queryTokens(text);
  return SAMPLE_PROVIDERS.filter((p) => tokens.every((t) => providerHaystack(p).includes(t))).map((p) => p.id);
};

describe('folding', () => {
  it('lowercases, drops diacritics, spells out Sámi and Nordic letters, splits on punctuation', () => {
    expect(foldText('Jyväskylä')).to.equal('jyvaskyla');
    expect(foldText('ÅBO')).to.equal('abo');
    expect(foldText('Café Müller')).to.equal('cafe muller');
    expect(foldText('Anár, Ohcejohka – Sámi: đ ŋ ŧ š ž č')).to.equal('anar ohcejohka sami d n t s z c');
    expect(foldText('Øre/Æble  ß')).to.equal('ore aeble ss');
    expect(queryTokens('kirja kirjasto Kirjasto')).to.deep.equal(['kirjasto']);
  });
});

describe('free text', () => {
  it('finds words inside compounds: kirjasto → Pääkirjasto, Kaupunginkirjasto, Lähikirjasto', () => {
    const found = names({ text: 'kirjasto' });
    for (const n of ['Pääkirjasto Lumikko', 'Kaupunginkirjasto Kalliorinne', 'Lähikirjasto Pihlaja', 'Kirjastoauto Jokivarsi']) expect(found).to.include(n);
    expect(names({ text: 'tuki' })).to.include.members(['Kaupungin digituki Tammela', 'Vertaistukiryhmä Skärgård', 'Mobiilituki Sävel Oy']);
  });

  it('forgives missing diacritics, and finds Swedish names whatever the UI language', () => {
    expect(ids({ text: 'jyvaskyla' })).to.include.members(['sample-jyvaskyla-kirjasto', 'sample-jyvaskyla-opisto', 'sample-jyvaskyla-kaupunki']);
    expect(ids({ text: 'abo', lang: 'fi' })).to.include.members(['sample-turku-bibliotek', 'sample-turku-yhteispalvelu']);
    expect(ids({ text: 'Åbo' })).to.deep.equal(ids({ text: 'abo' }));
    expect(ids({ text: 'Huvudbiblioteket', lang: 'en' })).to.include('sample-helsinki-lumikko');
    expect(ids({ text: 'anar' })).to.include('sample-inari-saamelainen');
  });

  it('matches prefixes and postal codes, and several words narrow (AND)', () => {
    expect(ids({ text: 'kansalaisop' })).to.include.members(['sample-tampere-opisto', 'sample-joensuu-opisto', 'sample-vaasa-opisto']);
    expect(ids({ text: '65100' })).to.include.members(['sample-vaasa-bibliotek', 'sample-vaasa-opisto']);
    const one = ids({ text: 'kirjasto' });
    const two = ids({ text: 'kirjasto helsinki' });
    expect(two).to.have.members(['sample-helsinki-lumikko', 'sample-helsinki-kaupunginkirjasto-kallio']);
    expect(two.every((id) => one.includes(id))).to.be.true;
    expect(ids({ text: 'kirjasto zzzz' })).to.deep.equal([]);
  });

  it('gives exactly the folded substring scan’s answer (full recall)', () => {
    for (const q of ['kirjasto', 'tuki', 'digi', 'asiointi', 'it', 'a', 'ä', 'opasta', 'kallio rinne', 'ärende', 'x y', '00100', 'turku', 'vasa']) {
      expect(ids({ text: q, sort: 'name' }).sort(), q).to.deep.equal(scan(q).sort());
    }
  });

  it('ranks name hits above description hits, and word starts above inside-word hits', () => {
    const order = ids({ text: 'kirjasto' });
    // Word start in the name ("Kirjasto Merituuli") before inside a compound ("Pääkirjasto").
    expect(order.indexOf('sample-espoo-kirjasto')).to.be.lessThan(order.indexOf('sample-helsinki-lumikko'));
    // Any name hit before a description-only hit (Kuura's description mentions libraries).
    expect(order.indexOf('sample-kuopio-kirjasto')).to.be.lessThan(order.indexOf('sample-oulu-yhdistys'));
    const hit = index.search({ text: 'kirjasto' }).items.find((h) => h.provider.id === 'sample-oulu-yhdistys');
    expect(hit?.matched).to.deep.equal(['description']);
  });
});

describe('filters', () => {
  const all = (q: ProviderQuery, check: (p: Provider) => boolean) => {
    const r = index.search({ pageSize: 100, ...q });
    expect(r.total).to.be.greaterThan(0);
    expect(r.items.every((h) => check(h.provider))).to.be.true;
    return r;
  };

  it('municipality, via addresses and served areas; nationwide only when asked', () => {
    const local = ids({ municipalities: ['091'] });
    expect(local).to.include.members(['sample-helsinki-lumikko', 'sample-espoo-yritys']); // Kide serves Helsinki by areas
    expect(local).to.not.include('sample-espoo-kansalaisneuvonta');
    const wide = ids({ municipalities: ['091'], includeNationwide: true });
    expect(wide).to.include.members(['sample-espoo-kansalaisneuvonta', 'sample-national-videoneuvonta']);
    // Åland: nationwide-except-Åland providers stay out.
    const aland = ids({ municipalities: ['478'], includeNationwide: true });
    expect(aland).to.include('sample-national-chat');
    expect(aland).to.not.include('sample-national-videoneuvonta');
    // A provider serving a whole region matches its municipalities.
    expect(ids({ municipalities: ['905'] })).to.include('sample-vaasa-medborgar');
    expect(ids({ municipalities: ['049'] })).to.include('sample-espoo-yrittajat');
  });

  it('region, via address municipalities and areas', () => {
    const lapland = ids({ regions: ['19'] });
    expect(lapland).to.include.members(['sample-rovaniemi-kirjasto', 'sample-inari-saamelainen', 'sample-utsjoki-kirjastoauto']);
    expect(lapland).to.not.include('sample-helsinki-lumikko');
    expect(ids({ regions: ['15'] })).to.include.members(['sample-vaasa-medborgar', 'sample-narpio-servicepunkt']);
  });

  it('support form, language, kind, audience, accessibility and cost', () => {
    all({ forms: ['at-home'] }, (p) => p.supportForms.includes('at-home'));
    all({ forms: ['chat', 'video'] }, (p) => p.supportForms.some((f) => f === 'chat' || f === 'video'));
    all({ languages: ['se'] }, (p) => p.languages.includes('se'));
    expect(ids({ languages: ['smn', 'sms'] })).to.deep.equal(['sample-inari-saamelainen']);
    expect(ids({ languages: ['fss'] })).to.deep.equal(['sample-helsinki-viittomakieli']);
    all({ languages: ['fse'] }, (p) => p.languages.includes('fse'));
    all({ kinds: ['adult-education'] }, (p) => p.kind === 'adult-education');
    all({ audience: ['young-people'] }, (p) => p.audience?.includes('young-people') === true);
    all({ accessibility: ['stepFree', 'inductionLoop'] }, (p) => p.accessibility?.stepFree === true && p.accessibility.inductionLoop === true);
    all({ free: true }, (p) => p.free === true);
    expect(ids({ free: true })).to.not.include('sample-espoo-yritys');
  });

  it('facets count each filter’s choices without that filter, with labels', () => {
    const r = index.search({ forms: ['course'], municipalities: ['837'] });
    expect(r.total).to.equal(2); // Kipinä and Aallonharja
    const tampere = r.facets.municipalities.find((f) => f.value === '837');
    expect(tampere?.label).to.deep.equal({ fi: 'Tampere', sv: 'Tammerfors' });
    expect(tampere?.count).to.equal(2);
    // The forms facet ignores the forms filter: every form offered in Tampere is counted.
    const forms = Object.fromEntries(r.facets.forms.map((f) => [f.value, f.count]));
    expect(forms['service-point']).to.equal(2);
    expect(forms.course).to.equal(2);
    expect(forms['at-home']).to.equal(1);
    expect(r.facets.regions.find((f) => f.value === '06')?.label?.sv).to.equal('Birkaland');
    const languages = index.search({}).facets.languages.map((f) => f.value);
    expect(languages).to.include.members(['fi', 'sv', 'en', 'se', 'smn', 'sms', 'fse', 'fss']);
    expect(index.search({}).facets.kinds).to.have.length(8);
  });
});

describe('open now', () => {
  // March 2026: Finland is on UTC+2. Wednesday 4 March 10.00 = 08:00Z.
  const at = (iso: string) => new Date(iso);
  it('agrees with core openingStatus for every sample provider at fixed clocks', () => {
    for (const iso of ['2026-03-04T08:00:00Z', '2026-03-04T17:30:00Z', '2026-03-06T23:30:00Z', '2026-03-08T23:59:00Z', '2026-12-24T10:00:00Z', '2026-06-19T09:00:00Z']) {
      const t = helsinkiTime(at(iso));
      for (const p of SAMPLE_PROVIDERS) {
        const status = openingStatus(p.serviceHours, at(iso)).state;
        expect(isOpenAt(p.serviceHours, t), `${p.id} at ${iso}`).to.equal(status === 'open' || status === 'always-open');
      }
      const expected = SAMPLE_PROVIDERS.filter((p) => ['open', 'always-open'].includes(openingStatus(p.serviceHours, at(iso)).state)).map((p) => p.id);
      expect(ids({ openNow: true, now: at(iso) }).sort(), iso).to.deep.equal(expected.sort());
    }
  });

  it('the evening phone line is open past midnight on Friday night, and holiday closures hold', () => {
    // Saturday 7 March 01.30 Finnish time.
    expect(ids({ openNow: true, now: at('2026-03-06T23:30:00Z') })).to.include('sample-national-digitukilinja');
    // Christmas Eve, Thursday 10.00: the library is closed by its exception, the chat is always open.
    const xmas = ids({ openNow: true, now: at('2026-12-24T08:00:00Z') });
    expect(xmas).to.include('sample-national-chat');
    expect(xmas).to.not.include('sample-helsinki-lumikko');
    const wednesday = ids({ openNow: true, now: at('2026-03-04T08:00:00Z') });
    expect(wednesday).to.include('sample-helsinki-lumikko');
    expect(wednesday).to.not.include('sample-kuopio-kirjasto'); // open on Fridays only
  });
});

describe('sorting', () => {
  it('by name in Finnish: å, ä, ö after z, as Intl.Collator("fi") orders them', () => {
    const people = ['Öljymäki', 'Zeta', 'Äänekoski', 'Åkerö', 'Aalto', 'Wilma', 'Vaasa', 'Übel', 'Yrjö', 'éclair', 'Eka', 'aalto 2', 'Aalto 10'];
    const providers = people.map((n, i) => ({ ...SAMPLE_PROVIDERS[0]!, id: `n${i}`, name: { fi: n, sv: n, en: n } }));
    const ix = new ProviderIndex(providers);
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const got = ix.search({ sort: 'name', lang, pageSize: 100 }).items.map((h) => h.provider.name.fi);
      const collator = new Intl.Collator(lang === 'en' ? 'en-GB' : `${lang}-FI`);
      expect(got, lang).to.deep.equal([...people].sort(collator.compare));
    }
    const fi = ix.search({ sort: 'name', lang: 'fi', pageSize: 100 }).items.map((h) => h.provider.name.fi);
    expect(fi.slice(-3)).to.deep.equal(['Åkerö', 'Äänekoski', 'Öljymäki']);
    const en = ix.search({ sort: 'name', lang: 'en', pageSize: 100 }).items.map((h) => h.provider.name.fi);
    expect(en.indexOf('Äänekoski')).to.be.lessThan(en.indexOf('Eka'));
  });

  it('by name reads the UI language’s name', () => {
    const sv = names({ sort: 'name', lang: 'sv', kinds: ['library'] }, 'sv');
    expect(sv).to.deep.equal([...sv].sort(new Intl.Collator('sv-FI').compare));
    expect(sv[0]).to.equal('Biblioteket Fyren');
  });

  it('by distance: Helsinki–Turku is 150.4 km great-circle (±1 km), nearest first', () => {
    // Haversine on the mean Earth radius (6371.0088 km); the ellipsoidal distance differs by < 0.5 %.
    expect(distanceKm(60.1699, 24.9384, 60.4518, 22.2666)).to.be.closeTo(150.4, 1);
    expect(distanceKm(60.1699, 24.9384, 65.0121, 25.4651)).to.be.closeTo(539.1, 1); // Helsinki–Oulu
    const r = index.search({ sort: 'distance', near: { lat: 60.4518, lon: 22.2666 }, pageSize: 100 });
    expect(r.items.slice(0, 2).map((h) => h.provider.id)).to.have.members(['sample-turku-yhteispalvelu', 'sample-turku-bibliotek']);
    const d = r.items.map((h) => h.distanceKm ?? Infinity);
    expect(d).to.deep.equal([...d].sort((a, b) => a - b));
    const helsinki = r.items.find((h) => h.provider.id === 'sample-helsinki-lumikko');
    expect(helsinki?.distanceKm).to.be.closeTo(150, 3);
    // Providers without coordinates come last.
    expect(r.items[r.items.length - 1]!.distanceKm).to.equal(undefined);
  });

  it('pages without overlap, with the total', () => {
    const all = ids({ sort: 'name' });
    const pages = [1, 2, 3, 4, 5].flatMap((page) => index.search({ sort: 'name', page, pageSize: 10 }).items.map((h) => h.provider.id));
    expect(pages).to.deep.equal(all);
    const r = index.search({ page: 2, pageSize: 10 });
    expect(r.total).to.equal(SAMPLE_PROVIDERS.length);
    expect(r.page).to.equal(2);
    expect(index.search({ page: 99 }).items).to.deep.equal([]);
  });
});

describe('the index over loaded data', () => {
  it('get(id) and JSON round trip', () => {
    const { providers } = loadProviders(JSON.parse(JSON.stringify(SAMPLE_PROVIDERS)), { warn: false });
    const ix = new ProviderIndex(providers);
    expect(ix.get('sample-oulu-kirjasto')?.name.fi).to.equal('Kaupunginkirjasto Revontuli');
    expect(ix.get('nope')).to.equal(undefined);
    expect(indexStats(ix).providers).to.equal(SAMPLE_PROVIDERS.length);
  });
});

describe('the index’s shortcuts give the general answer', () => {
  // Generated data (seeded), big enough for words shared by most records and for many unique name words.
  const { providers: generated } = loadProviders(JSON.parse(JSON.stringify(generateProviders(3000, 11))), { warn: false });
  // Every 7th provider gets a name word of its own: the name-word table has to grow several times.
  const providers = generated.map((p, i) => (i % 7 ? p : { ...p, name: { ...p.name, fi: `${p.name.fi} Ainoa${i}q` } }));
  const ix = new ProviderIndex(providers);
  const hays = providers.map(providerHaystack);
  const scanIds = (text: string) => {
    const tokens = queryTokens(text);
    return providers.filter((_, r) => tokens.every((t) => hays[r]!.includes(t))).map((p) => p.id);
  };
  /** Facet counts recomputed from the records of the matches (no filters set). */
  const referenceFacets = (matched: Provider[]) => {
    const count = (values: (p: Provider) => string[]) => {
      const out: Record<string, number> = {};
      for (const p of matched) for (const v of new Set(values(p))) out[v] = (out[v] ?? 0) + 1;
      return out;
    };
    return {
      forms: count((p) => p.supportForms),
      kinds: count((p) => [p.kind]),
      languages: count((p) => p.languages),
      municipalities: count((p) => [...(p.addresses ?? []).flatMap((a) => (a.municipality ? [a.municipality.code] : [])), ...(p.areas ?? []).filter((a) => a.type === 'Municipality').map((a) => a.code)]),
    };
  };
  /** Every hit of a query, page by page (a page holds at most 100). */
  const allHits = (q: ProviderQuery) => {
    const first = ix.search({ ...q, pageSize: 100 });
    const items = [...first.items];
    for (let page = 2; items.length < first.total; page++) items.push(...ix.search({ ...q, pageSize: 100, page }).items);
    return { ...first, items };
  };
  const asCounts = (list: { value: string; count: number }[]) => Object.fromEntries(list.filter((f) => f.count > 0).map((f) => [f.value, f.count]));

  it('totals and facets equal a scan for no, one, some, most and all records', () => {
    const one = scanIds('ainoa14q');
    expect(one).to.have.length(1);
    for (const text of ['zzqxw', 'ainoa14q', 'kirjasto', 'tuki', 'a', 'e', 'palvelu', '']) {
      const want = scanIds(text);
      const r = allHits({ text, sort: 'name' });
      expect(r.total, text).to.equal(want.length);
      expect(r.items.map((h) => h.provider.id).sort(), text).to.deep.equal([...want].sort());
      const ref = referenceFacets(r.items.map((h) => h.provider));
      expect(asCounts(r.facets.forms), text).to.deep.equal(ref.forms);
      expect(asCounts(r.facets.kinds), text).to.deep.equal(ref.kinds);
      expect(asCounts(r.facets.languages), text).to.deep.equal(ref.languages);
      expect(asCounts(r.facets.municipalities), text).to.deep.equal(ref.municipalities);
    }
    // 'a' matches nearly every record: its facets are counted from the complement.
    expect(scanIds('a').length * 2).to.be.greaterThan(providers.length);
  });

  it('an unfiltered search and one with a filter every record passes agree', () => {
    for (const text of ['tuki', 'a', '']) {
      for (const includeNationwide of [false, true]) {
        const plain = ix.search({ text, includeNationwide });
        // Every generated provider offers at least one form: filtering by all forms keeps them all.
        expect(providers.every((p) => p.supportForms.length > 0)).to.be.true;
        const filtered = ix.search({ text, includeNationwide, forms: [...new Set(providers.flatMap((p) => p.supportForms))] });
        expect(filtered.total, text).to.equal(plain.total);
        expect(filtered.items.map((h) => h.provider.id), text).to.deep.equal(plain.items.map((h) => h.provider.id));
        const { forms: _a, ...restPlain } = plain.facets;
        const { forms: _b, ...restFiltered } = filtered.facets;
        expect(restFiltered, `${text} ${includeNationwide}`).to.deep.equal(restPlain);
      }
    }
  });

  it('editing the text back and forth gives the same answer every time', () => {
    const seq = ['k', 'ki', 'kir', 'kirj', 'kirja', 'kirjas', 'kirja', 'kir', 'kirjasto tuki', 'tuki', 'kirjasto', 'x', 'kirjasto'];
    const first = new Map<string, string[]>();
    for (const text of [...seq, ...seq.reverse()]) {
      const got = ix.search({ text, pageSize: 50 }).items.map((h) => h.provider.id);
      if (first.has(text)) expect(got, text).to.deep.equal(first.get(text));
      else first.set(text, got);
      expect(textMatches(ix, text).map((r) => providers[r]!.id), text).to.deep.equal(scanIds(text));
    }
  });

  it('relevance: every word found at the start of a name word ranks above a hit inside one', () => {
    const items = allHits({ text: 'kirjasto' }).items;
    const startsName = (p: Provider) => Object.values(p.name).some((n) => foldText(n ?? '').split(' ').some((w) => w.startsWith('kirjasto')));
    const firstInside = items.findIndex((h) => !startsName(h.provider));
    expect(firstInside).to.be.greaterThan(0);
    expect(items.slice(firstInside).some((h) => startsName(h.provider))).to.be.false;
    expect(items[0]!.matched).to.include('name');
  });

  it('nearest first: the same order as sorting every distance', () => {
    const near = { lat: 62.24, lon: 25.75 };
    const r = ix.search({ sort: 'distance', near, pageSize: 20, page: 2 });
    const located = providers
      .map((p, i) => ({ p, i, a: p.addresses?.find((x) => x.type === 'Location' && x.latitude !== undefined) ?? p.addresses?.find((x) => x.latitude !== undefined) }))
      .filter((x) => x.a)
      .map((x) => ({ id: x.p.id, i: x.i, d: Math.round(distanceKm(near.lat, near.lon, x.a!.latitude!, x.a!.longitude!) * 1000) }))
      .sort((a, b) => a.d - b.d || a.i - b.i);
    expect(r.items.map((h) => h.provider.id)).to.deep.equal(located.slice(20, 40).map((x) => x.id));
    for (const h of r.items) expect(h.distanceKm).to.be.a('number');
  });
});
