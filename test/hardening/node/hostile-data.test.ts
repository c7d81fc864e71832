/**
 * The hostile corpus through the Node entry points: `loadProviders` (what `src`, `providers`
 * and a remote source's answers go through) and the PTV adapter. Every value is either kept
 * as the text it is, or dropped with exactly one problem naming its field; URLs that are not
 * http(s) never survive; no prototype is reached; nothing overflows the stack.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadProviders } from '@auta/provider-finder/data.js';
import { ALL_HOSTILE, BAD_URLS, BROKEN_TEXT, POLLUTION_JSON, PROTOTYPE_PROBE, STRUCTURES, TEXT_INJECTIONS, WRONG_TYPES } from '../fixtures/hostile.js';
import { ROOT, sampleProviders } from './harness.js';

const cleanPrototype = Object.getOwnPropertyNames(Object.prototype).sort();
const assertCleanPrototype = (what: string) => {
  assert.equal(({} as Record<string, unknown>)[PROTOTYPE_PROBE], undefined, `${what}: Object.prototype polluted`);
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), cleanPrototype, what);
};

/** A valid SAMPLE record (fictional) to put hostile values into. */
const base = () => structuredClone(sampleProviders(1)[0]) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const quiet = { warn: false } as const;

/** Deep equality that gives up (false) on values too deep to serialise. */
const same = (a: unknown, b: unknown): boolean => {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
};

describe('corpus', () => {
  test('has at least 100 distinct hostile values', () => {
    assert.ok(ALL_HOSTILE.length >= 100, `${ALL_HOSTILE.length} values`);
    assert.equal(new Set(ALL_HOSTILE.map((h) => h.id)).size, ALL_HOSTILE.length, 'ids are unique');
  });
});

describe('loadProviders with hostile data', () => {
  /** Every optional text field of a record; a required one (`name`) too. */
  const TEXT_PATHS: Array<[string, (r: Record<string, any>, v: string) => void]> = [ // eslint-disable-line @typescript-eslint/no-explicit-any
    ['name', (r, v) => (r.name = { fi: v, sv: 'Exempel' })],
    ['description', (r, v) => (r.description = { fi: v })],
    ['addresses[0]', (r, v) => (r.addresses[0].street = { fi: v })],
    ['phoneNumbers[0]', (r, v) => (r.phoneNumbers[0].additionalInformation = { fi: v })],
    ['webPages[0]', (r, v) => (r.webPages[0].name = { fi: v })],
    ['serviceHours[0]', (r, v) => (r.serviceHours[0].additionalInformation = { fi: v })],
    ['accessibility.description', (r, v) => (r.accessibility = { stepFree: true, description: { fi: v } })],
  ];

  test('markup and script in every text field are kept as the same text, never changed or run', () => {
    for (const { id, value } of TEXT_INJECTIONS) {
      for (const [path, put] of TEXT_PATHS) {
        const record = base();
        put(record, value);
        const { providers, problems } = loadProviders([record], quiet);
        assert.equal(problems.length, 0, `${id} in ${path}: ${JSON.stringify(problems)}`);
        assert.equal(providers.length, 1);
        assert.ok(JSON.stringify(providers[0]).includes(JSON.stringify(value).slice(1, -1)), `${id} in ${path}: text changed`);
      }
    }
    assert.equal((globalThis as Record<string, unknown>).__pwned, undefined);
  });

  test('a disallowed or obfuscated web page URL drops that page only, with exactly one problem', () => {
    for (const { id, value } of BAD_URLS) {
      const record = base();
      record.webPages = [{ url: value }, { url: 'https://example.com/toimiva' }];
      const { providers, problems } = loadProviders([record], quiet);
      assert.equal(providers.length, 1, id);
      assert.deepEqual(providers[0]!.webPages?.map((w) => w.url), ['https://example.com/toimiva'], id);
      assert.equal(problems.filter((p) => p.path.startsWith('webPages[0]')).length, 1, `${id}: ${JSON.stringify(problems)}`);
      assert.equal(problems.length, 1, `${id}: ${JSON.stringify(problems)}`);
    }
  });

  test('broken text: control characters and oversized text are refused with one problem; other text is kept as is', () => {
    for (const { id, value } of BROKEN_TEXT) {
      const record = base();
      record.description = { fi: value };
      const { providers, problems } = loadProviders([record], quiet);
      assert.equal(providers.length, 1, id);
      assert.ok(problems.length <= 1, `${id}: ${JSON.stringify(problems)}`);
      if (problems.length) assert.match(problems[0]!.path, /^description/, id);
      else assert.equal(providers[0]!.description?.fi, value, `${id}: text changed`);
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value) || value.length > 5000) assert.equal(problems.length, 1, `${id} should be refused`);
    }
  });

  test('wrong types in every field: required ones skip the record, optional ones drop the field, one problem each', () => {
    const record = base();
    const keys = Object.keys(record).filter((k) => k !== 'id');
    // An empty list or object carries nothing to show or to misread: accepting it is harmless.
    const empty = (v: unknown) => typeof v === 'object' && v !== null && Object.keys(v).length === 0;
    for (const { id, value } of [...WRONG_TYPES, ...STRUCTURES].filter((h) => !empty(h.value))) {
      for (const key of keys) {
        const r = base();
        r[key] = value;
        const { providers, problems } = loadProviders([r, base()], quiet);
        // The second record is a duplicate id: it is the control that valid data still loads.
        const mine = problems.filter((p) => p.index === 0);
        const fieldProblems = mine.filter((p) => p.path.split(/[.[]/)[0] === key);
        // A value valid for this field after all (a string where a string goes) is kept as is.
        if (providers.length === 1 && providers[0] && same(providers[0][key as keyof (typeof providers)[0]], value)) continue;
        assert.ok(fieldProblems.length >= 1 && fieldProblems.length <= 5, `${id} in ${key}: ${JSON.stringify(mine)}`);
        assert.equal(new Set(mine.map((p) => `${p.path}|${p.message}`)).size, mine.length, `${id} in ${key}: a problem repeated`);
      }
    }
  });

  test('garbage instead of a list, and deep nesting, give one problem and no crash', () => {
    for (const { id, value } of [...WRONG_TYPES, ...STRUCTURES]) {
      const { providers, problems } = loadProviders(value, quiet);
      if (Array.isArray(value)) continue;
      assert.equal(providers.length, 0, id);
      assert.equal(problems.length, 1, `${id}: ${JSON.stringify(problems).slice(0, 300)}`);
    }
    const nested = loadProviders([STRUCTURES[0]!.value, base(), STRUCTURES[1]!.value], quiet);
    assert.equal(nested.providers.length, 1);
  });

  test('prototype-pollution keys reach no prototype, and a field hidden behind __proto__ is not read', () => {
    for (const { id, value } of POLLUTION_JSON) {
      const parsed = JSON.parse(value) as unknown;
      loadProviders(parsed, quiet);
      loadProviders([parsed], quiet);
      loadProviders([{ ...base(), ...(Array.isArray(parsed) ? {} : (parsed as object)) }], quiet);
      loadProviders(JSON.parse(`{"providers":[${JSON.stringify(base())}],"__proto__":{"polluted":"${id}"}}`), quiet);
      assertCleanPrototype(id);
    }
    const smuggled = JSON.parse(`{"id":"s","__proto__":${JSON.stringify({ ...base(), id: 'x' })}}`) as unknown;
    assert.equal(loadProviders([smuggled], quiet).providers.length, 0);
  });

  test('a console.warn summary is written once per load, not once per problem', () => {
    const calls: string[] = [];
    const original = console.warn;
    console.warn = (m: unknown) => void calls.push(String(m));
    try {
      const records = BAD_URLS.map((b, i) => ({ ...base(), id: `r${i}`, webPages: [{ url: b.value }] }));
      const { problems } = loadProviders(records);
      assert.equal(problems.length, BAD_URLS.length);
    } finally {
      console.warn = original;
    }
    assert.equal(calls.length, 1);
    assert.match(calls[0]!, /webPages\[0\]/);
  });
});

describe('the PTV adapter with hostile data', { skip: !existsSync(join(ROOT, 'packages/ptv/src/index.ts')) ? 'no PTV adapter yet' : false }, () => {
  const fixture = () => {
    const json = JSON.parse(readFileSync(join(ROOT, 'packages/ptv/test/fixtures/service-channels.json'), 'utf8')) as unknown;
    const items = (Array.isArray(json) ? json : (json as { itemList: unknown[] }).itemList) as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
    return structuredClone(items.find((i) => i.serviceChannelType === 'ServiceLocation') ?? items[0]!);
  };
  const load = async () => (await import('@auta/ptv')).fromPtvServiceChannels;

  test('markup in names and descriptions stays text; bad web page URLs never come through; one problem each', async () => {
    const fromPtv = await load();
    const good = fromPtv([fixture()], { kind: 'library' });
    assert.equal(good.providers.length, 1, `the fixture maps: ${JSON.stringify(good.problems)}`);
    for (const { id, value } of TEXT_INJECTIONS) {
      const channel = fixture();
      channel.serviceChannelNames = [{ type: 'Name', language: 'fi', value }];
      channel.serviceChannelDescriptions = [{ type: 'Summary', language: 'fi', value }];
      const { providers } = fromPtv([channel], { kind: 'library' });
      assert.equal(providers.length, 1, id);
      assert.equal(providers[0]!.name.fi, value.trim(), `${id}: name changed`);
    }
    for (const { id, value } of BAD_URLS) {
      const channel = fixture();
      channel.webPages = [{ url: value, value: 'Sivu', language: 'fi', orderNumber: 1 }];
      const { providers, problems } = fromPtv([channel], { kind: 'library' });
      assert.equal(providers.length, 1, id);
      assert.ok(!(providers[0]!.webPages ?? []).some((w) => !/^https?:/i.test(w.url)), `${id}: a bad URL came through`);
      assert.equal(problems.filter((p) => /webPages/.test(p.path)).length, 1, `${id}: ${JSON.stringify(problems)}`);
    }
  });

  test('wrong types, junk and prototype keys: no throw, no pollution, the valid channel next to them still maps', async () => {
    const fromPtv = await load();
    for (const { id, value } of [...WRONG_TYPES, ...STRUCTURES, ...POLLUTION_JSON.map((p) => ({ id: p.id, value: JSON.parse(p.value) as unknown }))]) {
      assert.doesNotThrow(() => fromPtv(value, { kind: 'library' }), id);
      const channel = fixture();
      for (const key of ['serviceChannelNames', 'addresses', 'phoneNumbers', 'serviceHours', 'areas', 'languages']) {
        const broken = { ...fixture(), id: `${channel.id.slice(0, -4)}beef`, [key]: value };
        const { providers } = fromPtv([broken, channel], { kind: 'library' });
        assert.ok(providers.some((p) => p.id === channel.id), `${id} in ${key}: the valid channel was lost`);
      }
      assertCleanPrototype(id);
    }
  });
});
