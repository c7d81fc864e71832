import { expect } from '@open-wc/testing';
import { ProviderLoadError, loadProviders, parseProvidersJson, type Provider } from '@auta/provider-finder/data.js';
import { SAMPLE_PROVIDERS } from '@auta/provider-finder/sample.js';

const good = (): Record<string, unknown> => JSON.parse(JSON.stringify(SAMPLE_PROVIDERS[0])) as Record<string, unknown>;
const quiet = { warn: false };

/** [field path to break, bad value, whole record skipped?] */
const TABLE: Array<[string, unknown, boolean]> = [
  ['id', 42, true],
  ['id', '', true],
  ['name', 'Kirjasto', true],
  ['name', { fi: '   ' }, true],
  ['name', { 'not a language': 'x' }, true],
  ['kind', 'castle', true],
  ['supportForms', [], true],
  ['supportForms', ['phone', 'teleport'], true],
  ['languages', ['finnish'], true],
  ['languages', [], true],
  ['areaType', 'Everywhere', true],
  ['description', { fi: 5 }, false],
  ['areas', [{ type: 'Region', code: '99' }], false],
  ['areas', [{ type: 'Municipality', code: '91' }], false],
  ['addresses', [{ type: 'Location' }], false],
  ['addresses.0.postalCode', '123', false],
  ['addresses.0.latitude', 48.85, false],
  ['addresses.0.longitude', 2.35, false],
  ['addresses.0.municipality.code', 'HKI', false],
  ['serviceHours', [{ serviceHourType: 'Sometimes' }], false],
  ['serviceHours.0.openingHour.0.from', '9 am', false],
  ['serviceHours.0.openingHour.0.dayFrom', 'Maanantai', false],
  ['phoneNumbers', [{ number: 'call us', serviceChargeType: 'Chargeable' }], false],
  ['phoneNumbers.0.serviceChargeType', 'Cheap', false],
  ['emails', [{ value: 'not an address' }], false],
  ['webPages', [{ url: 'javascript:alert(1)' }], false],
  ['webPages', [{ url: 'ftp://example.com/x' }], false],
  ['free', 'yes', false],
  ['accessibility.stepFree', 'yes', false],
  ['audience', ['aliens'], false],
  ['modified', 'yesterday', false],
  ['sample', false, false],
];

function set(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let o: Record<string, unknown> = target;
  for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
  o[keys[keys.length - 1]!] = value;
}

describe('loadProviders: each field wrong in turn', () => {
  for (const [path, value, skipsRecord] of TABLE) {
    it(`${path} = ${JSON.stringify(value)} ${skipsRecord ? 'skips the record' : 'drops only that field'}; the other records survive`, () => {
      const broken = good();
      broken.id = path === 'id' ? broken.id : 'broken';
      set(broken, path, value);
      const input = [good(), broken, JSON.parse(JSON.stringify(SAMPLE_PROVIDERS[1]))];
      const { providers, problems } = loadProviders(input, quiet);
      const top = path.split('.')[0]!;
      expect(problems.length, 'a problem is reported').to.be.greaterThan(0);
      const problem = problems.find((p) => p.index === 1 && p.path.startsWith(top));
      expect(problem, `a problem names ${top}`).to.exist;
      expect(problem!.effect).to.equal(skipsRecord ? 'record' : 'field');
      expect(problems.every((p) => p.index === 1)).to.be.true;
      if (skipsRecord) {
        expect(providers.map((p) => p.id)).to.deep.equal([SAMPLE_PROVIDERS[0]!.id, SAMPLE_PROVIDERS[1]!.id]);
      } else {
        expect(providers).to.have.length(3);
        const kept = providers[1]!;
        expect(kept.id).to.equal('broken');
        expect(kept.name).to.deep.equal(SAMPLE_PROVIDERS[0]!.name);
      }
    });
  }

  it('one bad item of a list drops that item only', () => {
    const p = good();
    p.phoneNumbers = [{ number: '09 010 2001', serviceChargeType: 'Chargeable' }, { number: '??', serviceChargeType: 'Chargeable' }];
    const { providers, problems } = loadProviders([p], quiet);
    expect(providers[0]!.phoneNumbers).to.deep.equal([{ number: '09 010 2001', serviceChargeType: 'Chargeable' }]);
    expect(problems.map((x) => x.path)).to.deep.equal(['phoneNumbers[1].number']);
  });

  it('reports a missing required field by name, and a duplicate id', () => {
    const p = good();
    delete p.kind;
    const { providers, problems } = loadProviders([good(), p, good()], quiet);
    expect(providers).to.have.length(1);
    expect(problems.find((x) => x.index === 1)?.path).to.equal('kind');
    expect(problems.find((x) => x.index === 2)?.message).to.match(/duplicate id/);
  });

  it('keeps valid data identical, strips unknown keys, and accepts { providers: [...] }', () => {
    const withExtra = { ...good(), colour: 'blue' };
    const { providers, problems } = loadProviders({ $schema: 'x', providers: [withExtra] }, quiet);
    expect(problems).to.deep.equal([]);
    expect(providers[0]).to.deep.equal(SAMPLE_PROVIDERS[0]);
  });

  it('writes one console.warn per load naming record and field', () => {
    const original = console.warn;
    const calls: unknown[][] = [];
    console.warn = (...args: unknown[]) => calls.push(args);
    try {
      const bad = good();
      bad.id = 'x1';
      (bad.addresses as Array<Record<string, unknown>>)[0]!.postalCode = 'ABC';
      loadProviders([bad, { nonsense: true }, 5]);
    } finally {
      console.warn = original;
    }
    expect(calls).to.have.length(1);
    const text = String(calls[0]![0]);
    expect(text).to.include('record 0 (id "x1"), addresses[0].postalCode');
    expect(text).to.include('2 record(s) skipped');
  });
});

describe('loadProviders: garbage in, a clear answer out', () => {
  const junk: Array<[string, unknown]> = [
    ['null', null],
    ['a number', 42],
    ['a string', 'providers'],
    ['an object without providers', { items: [] }],
    ['providers that is not a list', { providers: 'many' }],
  ];
  for (const [name, value] of junk) {
    it(`${name}: no providers, one problem for the input`, () => {
      const r = loadProviders(value, quiet);
      expect(r.providers).to.deep.equal([]);
      expect(r.problems[0]!.index).to.equal(-1);
      expect(r.problems[0]!.message).to.match(/expected an array of providers/);
    });
  }

  it('an array of wrong things skips each, caps the problem list and says how many more', () => {
    const r = loadProviders([1, 'a', null, [], ...Array.from({ length: 3000 }, () => true)], { warn: false, maxProblems: 100 });
    expect(r.providers).to.deep.equal([]);
    expect(r.problems).to.have.length(101);
    expect(r.problems[100]!.message).to.match(/2904 more problems/);
    expect(r.problems[0]!.message).to.match(/must be an object, not number/);
  });

  it('__proto__ and constructor keys never reach a prototype', () => {
    const text = `[{"id":"p","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"name":{"fi":"A","__proto__":{"polluted":true}},"kind":"library","supportForms":["phone"],"languages":["fi"],"areaType":"Nationwide","accessibility":{"__proto__":{"stepFree":true}}}]`;
    const { providers } = loadProviders(JSON.parse(text), quiet);
    expect(providers).to.have.length(1);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(providers[0]!.name)).to.equal(Object.prototype);
    expect(Object.keys(providers[0]!.name)).to.deep.equal(['fi']);
    expect(providers[0]!.accessibility?.stepFree).to.equal(undefined);
  });

  it('deeply nested junk and huge strings are answered, not followed', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 5000; i++) deep = { name: deep, next: [deep] };
    const big = 'ä'.repeat(2_000_000);
    const r = loadProviders([{ ...good(), id: 'deep', description: deep }, { ...good(), id: 'big', name: { fi: big } }], quiet);
    expect(r.providers.map((p: Provider) => p.id)).to.deep.equal(['deep']);
    expect(r.problems.find((p) => p.id === 'big')?.path).to.equal('name.fi');
    expect(r.problems.every((p) => p.message.length < 400)).to.be.true;
  });

  it('50 MB of junk text is a clear invalid-json error', () => {
    const junkText = `${'x'.repeat(50 * 1024 * 1024)}`;
    let error: unknown;
    try {
      parseProvidersJson(junkText);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ProviderLoadError);
    expect((error as ProviderLoadError).kind).to.equal('invalid-json');
  });

  it('parseProvidersJson says where the JSON breaks', () => {
    try {
      parseProvidersJson('[\n  {"id": "a"},\n  {"id": }\n]');
      expect.fail('should throw');
    } catch (e) {
      expect((e as ProviderLoadError).kind).to.equal('invalid-json');
      expect((e as Error).message).to.match(/line 3,? column 10|Unexpected token '}'/);
    }
    expect(() => parseProvidersJson('')).to.throw(/not valid JSON/);
    expect(parseProvidersJson('[]')).to.deep.equal([]);
  });
});
