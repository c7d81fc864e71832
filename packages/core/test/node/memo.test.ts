import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memo } from '../../src/memo.js';
import { describeWeek, helsinkiTime, openingStatus, type ServiceHour } from '../../src/entries/hours.js';

// SAMPLE: fictional hours.
const weekdays: ServiceHour[] = [{ serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '09:00', to: '16:00' }] }];
/** Tuesday 12 May 2026, 10.30 in Finland. */
const tuesday = new Date('2026-05-12T07:30:00Z');

test('memo: made once per object and key; another object or key makes it again', () => {
  const a = {};
  const b = {};
  let made = 0;
  const make = () => ++made;
  assert.equal(memo(a, 'fi', make), 1);
  assert.equal(memo(a, 'fi', make), 1);
  assert.equal(memo(b, 'fi', make), 2);
  assert.equal(memo(a, 'sv', make), 3);
  assert.equal(memo(a, 'fi', make), 1);
});

test('the time in Finland: one answer a minute, and right across the daylight-saving change', () => {
  const at = helsinkiTime(tuesday);
  assert.deepEqual(at, { date: '2026-05-12', weekday: 1, minutes: 630 });
  assert.equal(helsinkiTime(new Date(tuesday.getTime() + 59_000)), at, 'the same minute: the same answer');
  assert.deepEqual(helsinkiTime(new Date('2026-03-29T00:59:00Z')), { date: '2026-03-29', weekday: 6, minutes: 179 });
  assert.deepEqual(helsinkiTime(new Date('2026-03-29T01:00:00Z')), { date: '2026-03-29', weekday: 6, minutes: 240 });
  assert.deepEqual(helsinkiTime(new Date('2026-12-31T22:00:00Z')), { date: '2027-01-01', weekday: 4, minutes: 0 });
});

test('"open now" reads days worked out once per hours and date, with the same answers as before', () => {
  assert.deepEqual(openingStatus(weekdays, tuesday), { state: 'open', closes: { dayOffset: 0, minutes: 960 }, reservation: false });
  assert.deepEqual(openingStatus(weekdays, new Date('2026-05-12T13:30:00Z')), { state: 'closed', opens: { date: '2026-05-13', dayOffset: 1, minutes: 540 } });
  assert.deepEqual(openingStatus(weekdays, new Date('2026-05-15T14:00:00Z')), { state: 'closed', opens: { date: '2026-05-18', dayOffset: 3, minutes: 540 } });
  // A copy of the same hours is other data, worked out on its own with the same answer.
  assert.deepEqual(openingStatus(structuredClone(weekdays), tuesday), openingStatus(weekdays, tuesday));
});

test('the week is written once per hours, language and week', () => {
  const fi = describeWeek(weekdays, 'fi', tuesday);
  assert.equal(describeWeek(weekdays, 'fi', new Date('2026-05-15T07:30:00Z')), fi, 'Friday of the same week');
  assert.deepEqual(
    fi.map((l) => l.text),
    ['Maanantaista perjantaihin kello 9–16', 'Lauantaisin ja sunnuntaisin suljettu'],
  );
  assert.deepEqual(
    describeWeek(weekdays, 'en', tuesday).map((l) => l.text),
    ['Monday to Friday, 9am to 4pm', 'Closed on Saturdays and Sundays'],
  );
  assert.equal(describeWeek(weekdays, 'fi', tuesday), fi, 'another language does not push the Finnish week out');
  assert.notEqual(describeWeek(weekdays, 'fi', new Date('2026-05-19T07:30:00Z')), fi, 'the next week is its own');
  assert.deepEqual(describeWeek([], 'fi', tuesday), []);
});
