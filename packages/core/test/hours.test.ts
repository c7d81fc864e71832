import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  describeStatus,
  describeWeek,
  formatDate,
  formatTime,
  helsinkiTime,
  openingStatus,
  upcomingExceptions,
} from '../src/hours.js';
import type { ServiceHour } from '../src/types.js';
import type { Lang } from '../src/lang.js';

const office: ServiceHour[] = [
  { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '09:00', to: '16:00' }] },
  { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Saturday', from: '10:00', to: '14:00' }] },
  { serviceHourType: 'Exceptional', validFrom: '2026-12-24', isClosed: true, additionalInformation: { fi: 'Jouluaatto' } },
  {
    serviceHourType: 'Exceptional',
    validFrom: '2026-12-31',
    openingHour: [{ dayFrom: 'Thursday', from: '09:00', to: '14:00' }],
  },
];
// A phone line open late into the night, Friday and Saturday until 04:00.
const night: ServiceHour[] = [
  { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Friday', dayTo: 'Saturday', from: '22:00', to: '04:00' }] },
];
const overMidnight: ServiceHour[] = [
  { serviceHourType: 'OverMidnight', openingHour: [{ dayFrom: 'Saturday', from: '20:00', dayTo: 'Sunday', to: '02:00' }] },
];
const summer: ServiceHour[] = [
  { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '09:00', to: '16:00' }] },
  {
    serviceHourType: 'DaysOfTheWeek',
    validFrom: '2026-06-01',
    validTo: '2026-08-16',
    openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '10:00', to: '14:00' }],
  },
];
const always: ServiceHour[] = [{ serviceHourType: 'DaysOfTheWeek', isAlwaysOpen: true }];

// [what, hours, instant (UTC), expected fi sentence]
const table: Array<[string, ServiceHour[], string, string]> = [
  ['weekday morning', office, '2026-11-18T08:00:00Z', 'Avoinna nyt, sulkeutuu kello 16.'],
  ['weekday 8:59', office, '2026-11-18T06:59:00Z', 'Suljettu nyt, avautuu tänään kello 9.'],
  ['weekday at closing time', office, '2026-11-18T14:00:00Z', 'Suljettu nyt, avautuu huomenna kello 9.'],
  ['Saturday afternoon → Monday', office, '2026-11-21T13:00:00Z', 'Suljettu nyt, avautuu maanantaina kello 9.'],
  ['Saturday morning', office, '2026-11-21T09:00:00Z', 'Avoinna nyt, sulkeutuu kello 14.'],
  ['exceptional closed day', office, '2026-12-24T08:00:00Z', 'Suljettu nyt, avautuu huomenna kello 9.'],
  ['exceptional short day', office, '2026-12-31T11:00:00Z', 'Avoinna nyt, sulkeutuu kello 14.'],
  ['exceptional day after closing', office, '2026-12-31T12:30:00Z', 'Suljettu nyt, avautuu huomenna kello 9.'],
  ['over midnight, before', night, '2026-11-20T19:00:00Z', 'Suljettu nyt, avautuu tänään kello 22.'],
  ['over midnight, evening', night, '2026-11-20T21:00:00Z', 'Avoinna nyt, sulkeutuu huomenna kello 4.'],
  ['over midnight, after midnight', night, '2026-11-21T00:30:00Z', 'Avoinna nyt, sulkeutuu kello 4.'],
  ['over midnight, Sunday small hours', night, '2026-11-22T01:30:00Z', 'Avoinna nyt, sulkeutuu kello 4.'],
  ['over midnight, Sunday morning', night, '2026-11-22T03:00:00Z', 'Suljettu nyt, avautuu perjantaina kello 22.'],
  ['PTV OverMidnight period', overMidnight, '2026-11-21T23:00:00Z', 'Avoinna nyt, sulkeutuu kello 2.'],
  ['PTV OverMidnight period ended', overMidnight, '2026-11-22T00:30:00Z', 'Suljettu nyt, avautuu lauantaina kello 20.'],
  // Spring forward: Sunday 29 March 2026, 03:00 EET becomes 04:00 EEST (01:00 UTC).
  ['spring DST, 02:30 EET', night, '2026-03-29T00:30:00Z', 'Avoinna nyt, sulkeutuu kello 4.'],
  ['spring DST, 02:59 EET', night, '2026-03-29T00:59:00Z', 'Avoinna nyt, sulkeutuu kello 4.'],
  ['spring DST, 04:00 EEST', night, '2026-03-29T01:00:00Z', 'Suljettu nyt, avautuu perjantaina kello 22.'],
  ['spring DST, Monday after', office, '2026-03-30T06:00:00Z', 'Avoinna nyt, sulkeutuu kello 16.'],
  ['spring DST, Friday before 9 EET', office, '2026-03-27T06:59:00Z', 'Suljettu nyt, avautuu tänään kello 9.'],
  // Fall back: Sunday 25 October 2026, 04:00 EEST becomes 03:00 EET (01:00 UTC).
  ['autumn DST, first 03:30', night, '2026-10-25T00:30:00Z', 'Avoinna nyt, sulkeutuu kello 4.'],
  ['autumn DST, second 03:30', night, '2026-10-25T01:30:00Z', 'Avoinna nyt, sulkeutuu kello 4.'],
  ['autumn DST, 04:30 EET', night, '2026-10-25T02:30:00Z', 'Suljettu nyt, avautuu perjantaina kello 22.'],
  ['autumn DST, Friday 9 EEST', office, '2026-10-23T06:00:00Z', 'Avoinna nyt, sulkeutuu kello 16.'],
  ['autumn DST, Monday 9 EET', office, '2026-10-26T07:00:00Z', 'Avoinna nyt, sulkeutuu kello 16.'],
  ['autumn DST, Monday 8:30 EET', office, '2026-10-26T06:30:00Z', 'Suljettu nyt, avautuu tänään kello 9.'],
  ['summer hours replace the rest', summer, '2026-07-01T06:30:00Z', 'Suljettu nyt, avautuu tänään kello 10.'],
  ['after summer', summer, '2026-08-17T06:30:00Z', 'Avoinna nyt, sulkeutuu kello 16.'],
  ['always open', always, '2026-11-22T03:00:00Z', 'Avoinna ympäri vuorokauden.'],
  ['no hours', [], '2026-11-22T03:00:00Z', 'Aukioloaikoja ei ole kerrottu.'],
];

describe('openingStatus', () => {
  for (const [what, hours, at, expected] of table) {
    it(`${what} (${at})`, () => {
      const now = new Date(at);
      expect(describeStatus(openingStatus(hours, now), 'fi', now)).to.equal(expected);
    });
  }

  it('speaks Swedish and English', () => {
    const now = new Date('2026-11-21T13:00:00Z');
    const status = openingStatus(office, now);
    expect(describeStatus(status, 'sv', now)).to.equal('Stängt nu, öppnar på måndag klockan 9.');
    expect(describeStatus(status, 'en', now)).to.equal('Closed now, opens on Monday at 9am.');
    const later = { state: 'closed', opens: { date: '2026-05-12', dayOffset: 8, minutes: 540 } } as const;
    expect(describeStatus(later, 'fi', now)).to.equal('Suljettu nyt, avautuu tiistaina 12.5.2026 kello 9.');
    expect(describeStatus(later, 'sv', now)).to.equal('Stängt nu, öppnar på tisdag 12.5.2026 klockan 9.');
    expect(describeStatus(later, 'en', now)).to.equal('Closed now, opens on Tuesday 12 May 2026 at 9am.');
    const open = new Date('2026-11-18T08:00:00Z');
    expect(describeStatus(openingStatus(office, open), 'sv', open)).to.equal('Öppet nu, stänger klockan 16.');
    expect(describeStatus(openingStatus(office, open), 'en', open)).to.equal('Open now, closes at 4pm.');
  });

  it('closed with nothing ahead in two weeks', () => {
    const hours: ServiceHour[] = [{ serviceHourType: 'DaysOfTheWeek', isClosed: true }];
    const now = new Date('2026-11-18T08:00:00Z');
    expect(openingStatus(hours, now)).to.deep.equal({ state: 'closed', opens: null });
    expect(describeStatus(openingStatus(hours, now), 'fi', now)).to.equal('Suljettu nyt.');
  });

  it('gives the same answer to a user in another time zone', async () => {
    const instants = table.map(([, h, at]) => [h, new Date(at)] as const);
    const before = instants.map(([h, d]) => JSON.stringify(openingStatus(h, d)));
    for (const zone of ['America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
      await executeServerCommand('emulate-timezone', zone);
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
      expect(instants.map(([h, d]) => JSON.stringify(openingStatus(h, d)))).to.deep.equal(before);
    }
    await executeServerCommand('emulate-timezone', 'Europe/Helsinki');
  });
});

describe('hours in words', () => {
  const lines = (lang: Lang) => describeWeek(office, lang, new Date('2026-11-18T08:00:00Z')).map((l) => l.text);
  it('writes weekdays out in Finnish', () => {
    expect(lines('fi')).to.deep.equal(['Maanantaista perjantaihin kello 9–16', 'Lauantaisin kello 10–14', 'Sunnuntaisin suljettu']);
  });
  it('writes weekdays out in Swedish', () => {
    expect(lines('sv')).to.deep.equal(['Måndag till fredag klockan 9–16', 'Lördagar klockan 10–14', 'Söndagar stängt']);
  });
  it('writes weekdays out in English', () => {
    expect(lines('en')).to.deep.equal(['Monday to Friday, 9am to 4pm', 'Saturdays, 10am to 2pm', 'Closed on Sundays']);
  });
  it('writes times', () => {
    // time, language, ends a period, expected
    const table: Array<[number, Lang, boolean, string]> = [
      [570, 'fi', false, '9.30'],
      [570, 'en', false, '9:30am'],
      [720, 'en', false, 'midday'],
      [750, 'en', false, '12:30pm'],
      [0, 'en', false, 'midnight'],
      [1440, 'en', true, 'midnight'],
      [0, 'sv', false, '0'],
      [1440, 'sv', true, '24'],
      [1440, 'fi', true, '24'],
      [1560, 'fi', true, '2'],
    ];
    for (const [minutes, lang, end, expected] of table) expect(formatTime(minutes, lang, end), `${minutes} ${lang}`).to.equal(expected);
  });
  it('writes a period to midnight as 18–24, and a whole day as round the clock', () => {
    const evening: ServiceHour[] = [{ serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Sunday', from: '18:00', to: '24:00' }] }];
    const always: ServiceHour[] = [{ serviceHourType: 'DaysOfTheWeek', isAlwaysOpen: true }];
    const weekOf = (h: ServiceHour[], lang: Lang) => describeWeek(h, lang, new Date('2026-11-18T08:00:00Z')).map((l) => l.text);
    expect(weekOf(evening, 'fi')).to.deep.equal(['Maanantaista sunnuntaihin kello 18–24']);
    expect(weekOf(evening, 'sv')).to.deep.equal(['Måndag till söndag klockan 18–24']);
    expect(weekOf(evening, 'en')).to.deep.equal(['Monday to Sunday, 6pm to midnight']);
    expect(weekOf(always, 'fi')).to.deep.equal(['Maanantaista sunnuntaihin ympäri vuorokauden']);
    expect(weekOf(always, 'sv')).to.deep.equal(['Måndag till söndag dygnet runt']);
    expect(weekOf(always, 'en')).to.deep.equal(['Monday to Sunday, open 24 hours']);
  });
  it('writes two closed days as "lauantaisin ja sunnuntaisin suljettu"', () => {
    const weekdays: ServiceHour[] = [{ serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '09:00', to: '12:00' }] }];
    const weekOf = (lang: Lang) => describeWeek(weekdays, lang, new Date('2026-11-18T08:00:00Z')).map((l) => l.text);
    expect(weekOf('fi')).to.deep.equal(['Maanantaista perjantaihin kello 9–12', 'Lauantaisin ja sunnuntaisin suljettu']);
    expect(weekOf('sv')).to.deep.equal(['Måndag till fredag klockan 9–12', 'Lördagar och söndagar stängt']);
    expect(weekOf('en')).to.deep.equal(['Monday to Friday, 9am to midday', 'Closed on Saturdays and Sundays']);
  });
  it('lists exceptional days ahead with the date written out', () => {
    const ex = upcomingExceptions(office, 'fi', new Date('2026-12-20T10:00:00Z'), 14);
    expect(ex.map((e) => e.text)).to.deep.equal(['Torstaina 24.12.2026 suljettu', 'Torstaina 31.12.2026 kello 9–14']);
    expect(upcomingExceptions(office, 'en', new Date('2026-12-20T10:00:00Z'), 14).map((e) => e.text)).to.deep.equal([
      'Closed on Thursday 24 December 2026',
      'Thursday 31 December 2026, 9am to 2pm',
    ]);
    expect(ex[0]!.note).to.deep.equal({ fi: 'Jouluaatto' });
    expect(formatDate('2026-12-24', 'sv')).to.equal('torsdag 24.12.2026');
    expect(formatDate('2026-12-24', 'en')).to.match(/^Thursday,? 24 December 2026$/);
  });
  it('reads Finnish time from any instant', () => {
    expect(helsinkiTime(new Date('2026-03-29T00:59:00Z'))).to.deep.equal({ date: '2026-03-29', weekday: 6, minutes: 179 });
    expect(helsinkiTime(new Date('2026-03-29T01:00:00Z'))).to.deep.equal({ date: '2026-03-29', weekday: 6, minutes: 240 });
  });
});
