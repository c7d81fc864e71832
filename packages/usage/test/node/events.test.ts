// Every `auta-*` event of every element, as the custom-elements manifest lists them (the
// JSDoc `@event` tags), becomes a valid usage record with nothing personal in it. A new
// event without a line in EVENT_MAPPINGS fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { EVENT_MAPPINGS, checkRecord, recordsFor, type EventContext } from '../../src/index.js';

const manifestScript: string = '../../../../tools/distribution/manifest.mjs';
const { elementsOf, readManifest } = (await import(manifestScript)) as {
  elementsOf(m: unknown): Array<{ tagName: string; events: Array<{ name: string }> }>;
  readManifest(): unknown;
};

// The build writes the manifest; run on its own, the test makes it.
if (!existsSync('custom-elements.json')) execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], { stdio: 'inherit' });
const elements = elementsOf(readManifest());
const events = elements.flatMap((el) => el.events.filter((e) => e.name.startsWith('auta-')).map((e) => ({ tag: el.tagName, event: e.name })));

const context = (tagName: string): EventContext => ({ tagName, week: '2026-W49', lang: 'fi', languageLevel: 'standard' });

/** What a careless or hostile host could put in a detail: names, messages, phone numbers, coordinates, markup. */
const PERSONAL = ['Matti Meikäläinen', '040 123 4567', 'matti@example.com', '010101-123N', 'Mannerheimintie 1'];
const smuggled = (extra: Record<string, unknown> = {}) => ({
  query: PERSONAL.join(' '),
  name: PERSONAL[0],
  id: PERSONAL[3],
  href: 'tel:+358401234567',
  message: PERSONAL.join(', '),
  description: PERSONAL.join(', '),
  email: PERSONAL[2],
  lat: 60.169857,
  lon: 24.938379,
  near: { lat: 60.169857, lon: 24.938379 },
  coords: [60.169857, 24.938379],
  location: { latitude: 60.169857, longitude: 24.938379, accuracy: 5 },
  filters: { municipalities: [PERSONAL[4]], regions: ['60.169857,24.938379'], forms: ['<img src=x onerror=alert(1)>'], kinds: [PERSONAL[0]] },
  sort: 'distance',
  nearMe: true,
  total: 3,
  channel: `Soita ${PERSONAL[1]}`,
  channels: [PERSONAL[0], 'phone', PERSONAL[1]],
  mechanism: PERSONAL[0],
  actingAs: PERSONAL[0],
  basis: PERSONAL[3],
  helped: PERSONAL[0],
  problems: [PERSONAL[0]],
  ...extra,
});
const LEAKS = /Matti|040|123|@|010101|Mannerheim|60\.16|24\.93|tel:|<img|onerror|distance/;

test('the manifest lists the events of every element', () => {
  assert.ok(elements.length >= 6, `${elements.length} elements in the manifest`);
  for (const name of ['auta-help-action', 'auta-on-behalf-change', 'auta-search', 'auta-provider-select', 'auta-help-feedback-submit', 'auta-accessibility-feedback-submit']) {
    assert.ok(events.some((e) => e.event === name), name);
  }
});

for (const { tag, event } of events) {
  test(`${tag}: ${event} becomes a valid record with nothing personal in it`, () => {
    assert.ok(EVENT_MAPPINGS[event], `${event} has no line in EVENT_MAPPINGS (packages/usage/src/events.ts): add how it becomes a usage record`);
    // A detail whose `action` is one the mapping knows (provider-select reads its action from it).
    for (const action of ['phone', 'details']) {
      const records = recordsFor(event, smuggled({ action }), context(tag));
      assert.ok(records.length >= 1, `${event} gave no record`);
      for (const record of records) {
        assert.deepEqual(checkRecord(record), { ok: true, record });
        assert.doesNotMatch(JSON.stringify(record), LEAKS);
      }
    }
    // Details of any other shape never throw and never give an invalid record.
    for (const detail of [undefined, null, 'Matti Meikäläinen', 42, [], { __proto__: { channel: 'phone' } }, smuggled({ action: PERSONAL[0] })]) {
      for (const record of recordsFor(event, detail, context(tag))) {
        assert.equal(checkRecord(record).ok, true);
        assert.doesNotMatch(JSON.stringify(record), LEAKS);
      }
    }
  });
}

test('enumerated values from a detail are kept; lists of one give a municipality, a region, a form', () => {
  const search = recordsFor(
    'auta-search',
    { query: 'kirjasto', filters: { municipalities: ['091'], regions: ['01'], forms: ['chat'], kinds: ['library'] }, nearMe: true },
    context('auta-provider-finder'),
  );
  assert.deepEqual(search, [
    { version: 1, week: '2026-W49', pattern: 'provider-finder', action: 'search', lang: 'fi', languageLevel: 'standard', municipality: '091', region: '01', channel: 'chat', providerKind: 'library' },
  ]);
  const two = recordsFor('auta-search', { filters: { municipalities: ['091', '049'] } }, context('auta-provider-finder'));
  assert.equal(two[0]!.municipality, undefined);
  assert.deepEqual(
    recordsFor('auta-help-action', { channel: 'service-desk', href: 'https://example.com' }, context('auta-alt-channel-notice')).map((r) => [r.pattern, r.channel]),
    [['alt-channel', 'service-desk']],
  );
  assert.deepEqual(
    recordsFor('auta-help-action', { mechanism: 'customer-service', channel: 'phone' }, context('auta-help')).map((r) => [r.pattern, r.channel]),
    [['help', 'phone']],
  );
  assert.deepEqual(
    recordsFor('auta-help-feedback-submit', { helped: false, missing: ['contact'], channels: ['phone', 'chat', 'phone'], hasMessage: true }, context('auta-help-feedback')).map(
      (r) => [r.outcome, r.channel],
    ),
    [
      ['not-helped', 'phone'],
      ['not-helped', 'chat'],
    ],
  );
  assert.deepEqual(recordsFor('auta-accessibility-feedback-submit', { problems: ['zoom'] }, context('auta-accessibility-feedback'))[0]!.outcome, 'reported');
  assert.deepEqual(
    recordsFor('auta-provider-select', { id: 'x', name: 'Kirjasto', action: 'details' }, context('auta-provider-card')).map((r) => [r.action, r.channel]),
    [['open-details', undefined]],
  );
});

test('a context that is not valid gives no record rather than a wrong one', () => {
  assert.deepEqual(recordsFor('auta-help-action', { channel: 'phone' }, { ...context('auta-help'), week: 'last week' }), []);
  const record = recordsFor('auta-help-action', { channel: 'phone' }, { ...context('auta-help'), municipality: 'Helsinki', region: '60' as never })[0]!;
  assert.equal(record.municipality, undefined);
  assert.equal(record.region, undefined);
  assert.deepEqual(recordsFor('auta-not-an-event', {}, context('auta-help')), []);
});
