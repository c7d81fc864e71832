/**
 * Nothing lost: every field of every fixture channel is walked, leaf by leaf, and each must
 * be mapped into the output, listed as knowingly left out, or named in a problem. A
 * mapped text must also really be in the output, so "mapped" cannot be claimed for free.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { fromPtvServiceChannels, noticeChannelsFromPtv, type NoticeResult, type PtvMappingOptions, type PtvResult } from '@auta/ptv';
import { ROOT, v11Pages, v11Service, v8Export } from '../helpers/fixtures.js';
import { postOfficeName } from '../../src/address.js';

const OPTIONS: PtvMappingOptions = { kind: 'library', formsByType: { EChannel: ['chat'], WebPage: ['chat'] } };

type Leaf = { path: string; value: string | number | boolean };

/** Every leaf that carries something (not null, not blank, not an empty list). */
function leaves(value: unknown, path = ''): Leaf[] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [{ path, value: value as Leaf['value'] }];
}

const norm = (p: string) => p.replace(/\[\d+\]/g, '[]');
const under = (path: string, prefix: string) => prefix === '' || path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/** What both mappings (finder providers, notice channels) give the walk. */
type Walked = Pick<PtvResult, 'problems' | 'traces'> & { output: unknown };
const finder = (r: PtvResult): Walked => ({ ...r, output: r.providers });
const notice = (r: NoticeResult): Walked => ({ ...r, output: r.channels });

/** Checks one export; returns the leaves that are neither mapped, left out nor reported. */
function unaccounted(channels: Array<Record<string, unknown>>, result: Walked): string[] {
  const out = JSON.stringify(result.output);
  const missing: string[] = [];
  channels.forEach((channel, index) => {
    const problems = result.problems.filter((p) => p.index === index || (p.index === -1 && p.code === 'unmapped'));
    // A skipped channel is named whole, with its reason.
    if (problems.some((p) => p.effect === 'record')) return;
    const trace = result.traces?.find((t) => t.index === index);
    assert.ok(trace, `channel ${index} was converted, so it has a trace`);
    for (const leaf of leaves(channel)) {
      const reported = problems.some((p) => [p.path, ...(p.alsoPaths ?? [])].some((at) => (p.index === -1 ? under(norm(leaf.path), at) : under(leaf.path, at))));
      const left = trace.leftOut.some((l) => under(leaf.path, l));
      const isMapped = trace.used.some((m) => under(leaf.path, m));
      if (!reported && !left && !isMapped) missing.push(`channel ${index}: ${leaf.path}`);
      // A mapped text value (a name, a street, a sentence) must be in the output as it was.
      if (isMapped && !reported && !left && leaf.path.endsWith('.value') && typeof leaf.value === 'string' && !leaf.value.startsWith('http')) {
        // The notice writes "PL"/"PB"/"PO Box" itself and is given the box number alone.
        // Post offices come in Posti's envelope capitals and are written as people write them.
        const text = /postOfficeBox\[\d+\]\.value$/.test(leaf.path)
          ? leaf.value.replace(/^(PL|PB|PO\s*Box)\s*/i, '')
          : /\.postOffice\[\d+\]\.value$/.test(leaf.path)
            ? postOfficeName(leaf.value.trim())
            : leaf.value.trim();
        if (!out.includes(JSON.stringify(text).slice(1, -1))) missing.push(`channel ${index}: ${leaf.path} claimed mapped but "${leaf.value}" is not in the output`);
      }
    }
  });
  return missing;
}

describe('nothing lost', () => {
  const v11 = v11Pages().flatMap((p) => p.itemList);

  test('v11 fixtures (three pages): every field is mapped, left out with a reason, or reported', () => {
    const result = fromPtvServiceChannels(v11Pages(), { ...OPTIONS, trace: true });
    assert.deepEqual(unaccounted(v11, finder(result)), []);
  });

  test('v8 fixture: every field is mapped, left out with a reason, or reported', () => {
    const result = fromPtvServiceChannels(v8Export(), { kind: 'library', formsByType: { EChannel: ['video'] }, trace: true });
    assert.deepEqual(unaccounted(v8Export().itemList, finder(result)), []);
  });

  test('the walk catches a field nobody accounts for: a mapping that forgets a field fails it', () => {
    const result = fromPtvServiceChannels(v11Pages(), { ...OPTIONS, trace: true });
    // Pretend the adapter had not reported the unknown field: the walk must notice.
    const silent: PtvResult = { ...result, problems: result.problems.filter((p) => p.code !== 'unmapped') };
    assert.deepEqual(unaccounted(v11, finder(silent)), ['channel 8: futureField.shape']);
    // And pretend it had claimed a name it did not write.
    const liar: PtvResult = { ...result, providers: result.providers.map((p) => ({ ...p, name: { fi: 'x' } })) };
    assert.ok(unaccounted(v11, finder(liar)).some((m) => m.includes('serviceChannelNames[0].value claimed mapped')));
  });

  test('every left-out field has a reason, and the reasons say why', () => {
    const result = fromPtvServiceChannels(v11Pages(), OPTIONS);
    assert.ok(result.leftOut.length > 5);
    for (const l of result.leftOut) assert.ok(l.reason.length > 20 && l.count > 0, JSON.stringify(l));
  });
});

describe('nothing lost on the way to the notice (auta-ptv channels)', () => {
  const v11 = v11Pages().flatMap((p) => p.itemList);

  test('v11 service and channels: every field of every linked channel is used, left out with a reason, or reported', () => {
    const result = noticeChannelsFromPtv(v11Service(), v11Pages(), { trace: true });
    assert.ok(result.channels.length >= 6);
    assert.deepEqual(unaccounted(v11, notice(result)), []);
    // Channels the service does not link to are named whole, each with its reason.
    const skipped = v11.filter((_, i) => !result.traces!.some((t) => t.index === i));
    for (const channel of skipped) assert.ok(result.problems.some((p) => p.id === channel.id && p.effect === 'record'), `channel ${String(channel.id)} is named`);
  });

  test('v8 channels given without a service: every field is used, left out or reported', () => {
    const result = noticeChannelsFromPtv(undefined, v8Export(), { trace: true });
    assert.deepEqual(unaccounted(v8Export().itemList, notice(result)), []);
  });

  test('the walk catches a notice mapping that forgets a field', () => {
    const result = noticeChannelsFromPtv(v11Service(), v11Pages(), { trace: true });
    const silent: NoticeResult = { ...result, problems: result.problems.filter((p) => p.code !== 'not-in-notice') };
    assert.ok(unaccounted(v11, notice(silent)).length > 0);
  });

  test('every field left out of the notice has a reason', () => {
    const result = noticeChannelsFromPtv(v11Service(), v11Pages());
    assert.ok(result.leftOut.length > 5);
    for (const l of result.leftOut) assert.ok(l.reason.length > 20 && l.count > 0, JSON.stringify(l));
  });
});

describe('the output validates against the published JSON Schema', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'packages/provider-finder/schema/providers.schema.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);

  for (const [name, result] of [
    ['v11 pages', fromPtvServiceChannels(v11Pages(), OPTIONS)],
    ['v8 export', fromPtvServiceChannels(v8Export(), { kind: 'library', formsByType: { EChannel: ['video'] } })],
  ] as const) {
    test(name, () => {
      assert.ok(result.providers.length > 0);
      const ok = validate(JSON.parse(JSON.stringify(result.providers)));
      assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5)));
      assert.deepEqual(result.problems.filter((p) => p.code === 'schema'), [], 'our own loader agrees');
    });
  }
});
