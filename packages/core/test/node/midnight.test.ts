import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeStatus, describeWeek, openingStatus, spokenForm, type ServiceHour } from '../../src/entries/hours.js';
import type { Lang } from '../../src/lang.js';

// Kielikello, "Kellonaikojen merkitseminen" (Kotus; cited in src/hours.ts):
// midnight is written 24 or with two zeros ("klo 20–24"); the hour after midnight with one zero
// ("kello 0.15"). A day ends at 24 and starts at 0.00; GOV.UK writes "midnight".

// Fictional hours in PTV's shape: an evening line open 18–24 every day.
const evening: ServiceHour[] = [
  { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Sunday', from: '18:00', to: '24:00' }] },
];
// Open from Friday 18:00 without a break until the end of Sunday (24:00 Friday and Saturday, 0:00 next).
const weekend: ServiceHour[] = [
  { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Friday', from: '18:00', to: '24:00' }] },
  { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Saturday', dayTo: 'Sunday', from: '00:00', to: '24:00' }] },
];
// A night line that opens at midnight: Monday to Friday 0–6.
const night: ServiceHour[] = [
  { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '00:00', to: '06:00' }] },
];

const say = (hours: ServiceHour[], at: string, lang: Lang) => {
  const now = new Date(at);
  return describeStatus(openingStatus(hours, now), lang, now);
};

test('a place that closes at midnight closes "kello 24", "klockan 24", "at midnight" (as its hours say 18–24)', () => {
  // Wednesday 18.11.2026 at 20:00 in Finland (UTC+2).
  const at = '2026-11-18T18:00:00Z';
  assert.equal(say(evening, at, 'fi'), 'Avoinna nyt, sulkeutuu kello 24.');
  assert.equal(say(evening, at, 'sv'), 'Öppet nu, stänger klockan 24.');
  assert.equal(say(evening, at, 'en'), 'Open now, closes at midnight.');
  // The same 24 as the week's line.
  const week = (lang: Lang) => describeWeek(evening, lang, new Date(at))[0]!.text;
  assert.equal(week('fi'), 'Maanantaista sunnuntaihin kello 18–24');
  assert.equal(week('sv'), 'Måndag till söndag klockan 18–24');
  assert.equal(week('en'), 'Monday to Sunday, 6pm to midnight');
});

test('closing at midnight on a later day names the day that ends, not the one that starts', () => {
  // Friday 20.11.2026 at 20:00: open until the end of Sunday.
  const at = '2026-11-20T18:00:00Z';
  assert.equal(say(weekend, at, 'fi'), 'Avoinna nyt, sulkeutuu sunnuntaina kello 24.');
  assert.equal(say(weekend, at, 'sv'), 'Öppet nu, stänger på söndag klockan 24.');
  assert.equal(say(weekend, at, 'en'), 'Open now, closes on Sunday at midnight.');
  // Saturday 21.11.2026 at 12:00: the end of tomorrow.
  const saturday = '2026-11-21T10:00:00Z';
  assert.equal(say(weekend, saturday, 'fi'), 'Avoinna nyt, sulkeutuu huomenna kello 24.');
  assert.equal(say(weekend, saturday, 'sv'), 'Öppet nu, stänger i morgon klockan 24.');
  assert.equal(say(weekend, saturday, 'en'), 'Open now, closes tomorrow at midnight.');
});

test('a period that runs on past midnight closes on the day it ends', () => {
  // Friday 18–24, then Saturday 0–6 without a break: on Friday at 20:00 it closes tomorrow at 6.
  const late: ServiceHour[] = [
    { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Friday', from: '18:00', to: '24:00' }] },
    { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Saturday', from: '00:00', to: '06:00' }] },
  ];
  assert.equal(say(late, '2026-11-20T18:00:00Z', 'fi'), 'Avoinna nyt, sulkeutuu huomenna kello 6.');
  assert.equal(say(late, '2026-11-20T18:00:00Z', 'en'), 'Open now, closes tomorrow at 6am.');
  assert.equal(say(late, '2026-11-21T02:00:00Z', 'sv'), 'Öppet nu, stänger klockan 6.');
});

test('a place that opens at midnight opens "kello 0.00", "klockan 0.00", "at midnight"', () => {
  // Wednesday 18.11.2026 at 20:00: opens when Thursday starts.
  const at = '2026-11-18T18:00:00Z';
  assert.equal(say(night, at, 'fi'), 'Suljettu nyt, avautuu huomenna kello 0.00.');
  assert.equal(say(night, at, 'sv'), 'Stängt nu, öppnar i morgon klockan 0.00.');
  assert.equal(say(night, at, 'en'), 'Closed now, opens tomorrow at midnight.');
  // Other times keep Kielitoimisto's short form.
  assert.equal(say(night, '2026-11-18T02:00:00Z', 'fi'), 'Avoinna nyt, sulkeutuu kello 6.');
});

test('"kello 24" is said as written', () => {
  assert.equal(spokenForm('Avoinna nyt, sulkeutuu kello 24.', 'fi'), 'Avoinna nyt, sulkeutuu kello 24.');
  assert.equal(spokenForm('Öppet nu, stänger klockan 24.', 'sv'), 'Öppet nu, stänger klockan 24.');
});
