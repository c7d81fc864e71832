import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTACT_CHANNEL_KINDS, phoneLinks, validateAvailability, validateChannels } from '../../src/entries/channels.js';
import { parseFinnishDateTime } from '../../src/entries/hours.js';

// SAMPLE: fictional numbers and example.com links.
const warnings: string[] = [];
const warn = (m: string) => void warnings.push(m);

test('one validator for every element: kinds are kept in the order the caller names', () => {
  warnings.length = 0;
  const input = [
    { kind: 'email', email: 'asiakaspalvelu@example.com' },
    { kind: 'chat', url: 'https://example.com/chat' },
    { kind: 'phone', phoneNumbers: [{ number: '0295 123 456' }] },
  ];
  assert.deepEqual(
    validateChannels(input, warn).map((c) => c.kind),
    ['phone', 'chat', 'email'],
  );
  assert.deepEqual(
    validateChannels(input, warn, ['phone', 'email']).map((c) => c.kind),
    ['phone', 'email'],
  );
  assert.match(warnings.join('\n'), /channels\[1\]\.kind: "chat" is not phone, email/);
  assert.equal(CONTACT_CHANNEL_KINDS.length, 8);
});

test('expectations: response time in words or working days, what to have ready, calls from abroad, call back', () => {
  warnings.length = 0;
  const [phone] = validateChannels(
    [
      {
        kind: 'phone',
        phoneNumbers: [{ number: '0295 123 456', abroadNumber: '+358 9 123 4567' }, { number: '09 123 4567', abroadNumber: '09 123 4567' }],
        responseTime: { workingDays: 2 },
        haveReady: [{ fi: 'viitenumero' }],
        callbackUrl: 'https://example.com/soita',
        availability: { state: 'busy', waitMinutes: 12.4 },
      },
    ],
    warn,
  );
  assert.deepEqual(phone!.responseTime, { workingDays: 2 });
  assert.equal(phone!.phoneNumbers![0]!.abroadNumber, '+358 9 123 4567');
  assert.equal(phone!.phoneNumbers![1]!.abroadNumber, undefined);
  assert.deepEqual(phone!.availability, { state: 'busy', waitMinutes: 12 });
  assert.match(warnings.join('\n'), /channels\[0\]\.phoneNumbers\[1\]\.abroadNumber: not a number in international form/);
  assert.equal(validateAvailability({ state: 'closed', nextOpening: 'soon' }, 'availability.chat', warn)?.nextOpening, undefined);
  assert.match(warnings.at(-1)!, /availability\.chat\.nextOpening/);
});

test('Finnish wall-clock time from an ISO date-time, with or without a zone', () => {
  assert.deepEqual(parseFinnishDateTime('2026-05-12T18:00'), { date: '2026-05-12', minutes: 1080 });
  assert.deepEqual(parseFinnishDateTime('2026-05-12T15:00Z'), { date: '2026-05-12', weekday: 1, minutes: 1080 });
  assert.deepEqual(parseFinnishDateTime('2026-01-12T23:30-05:00'), { date: '2026-01-13', weekday: 1, minutes: 390 });
  assert.equal(parseFinnishDateTime('12.5.2026 18:00'), undefined);
  assert.equal(parseFinnishDateTime('2026-05-12T25:00'), undefined);
});

test('checked once per data object and set of kinds: the same channels give the same answer, warned about once', () => {
  warnings.length = 0;
  const input = [
    { kind: 'phone', phoneNumbers: [{ number: '0295 123 456', abroadNumber: '+358 29 512 3456' }], colour: 'red' },
    { kind: 'email', email: 'asiakaspalvelu@example.com' },
  ];
  const first = validateChannels(input, warn);
  const again = validateChannels(input, warn);
  assert.equal(again, first, 'the second element showing the same data shares the first answer');
  assert.deepEqual(warnings, ['channels[0].colour: not a field of a phone channel; left out']);
  // Another set of kinds is another answer, checked on its own.
  const phoneOnly = validateChannels(input, warn, ['phone']);
  assert.notEqual(phoneOnly, first);
  assert.deepEqual(phoneOnly.map((c) => c.kind), ['phone']);
  // A new object with the same content is new data: checked (and warned about) again.
  validateChannels(structuredClone(input), warn);
  assert.equal(warnings.filter((w) => w.includes('colour')).length, 3);
  // The phone's links are formatted once and shared by every render.
  const phone = first[0]!.phoneNumbers![0]!;
  assert.equal(phoneLinks(phone), phoneLinks(phone));
  assert.equal(phoneLinks(phone).number?.display, '0295 123 456');
  assert.equal(phoneLinks(phone).abroad?.href, 'tel:+358295123456');
});
