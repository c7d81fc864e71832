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
  const lines = (lang: Lang) => describeWeek(office, lang, new Date('2026-11-18T08:00:00Z')).map((l) => `${l.days}: ${l.hours}`);
  it('writes weekdays out in Finnish', () => {
    expect(lines('fi')).to.deep.equal(['maanantaista perjantaihin: kello 9–16', 'lauantaisin: kello 10–14', 'sunnuntaisin: suljettu']);
  });
  it('writes weekdays out in Swedish', () => {
    expect(lines('sv')).to.deep.equal(['måndag till fredag: klockan 9–16', 'lördagar: klockan 10–14', 'söndagar: stängt']);
  });
  it('writes weekdays out in English', () => {
    expect(lines('en')).to.deep.equal(['Monday to Friday: 9am to 4pm', 'Saturdays: 10am to 2pm', 'Sundays: closed']);
  });
  it('writes times', () => {
    expect([formatTime(570, 'fi'), formatTime(570, 'en'), formatTime(720, 'en'), formatTime(0, 'en'), formatTime(1440, 'sv')]).to.deep.equal([
      '9.30',
      '9:30am',
      '12pm',
      'midnight',
      '0',
    ]);
  });
  it('lists exceptional days ahead with the date written out', () => {
    const ex = upcomingExceptions(office, 'fi', new Date('2026-12-20T10:00:00Z'), 14);
    expect(ex.map((e) => `${e.label}: ${e.hours}`)).to.deep.equal(['torstaina 24.12.2026: suljettu', 'torstaina 31.12.2026: kello 9–14']);
    expect(ex[0]!.note).to.deep.equal({ fi: 'Jouluaatto' });
    expect(formatDate('2026-12-24', 'sv')).to.equal('torsdag 24.12.2026');
    expect(formatDate('2026-12-24', 'en')).to.match(/^Thursday,? 24 December 2026$/);
  });
  it('reads Finnish time from any instant', () => {
    expect(helsinkiTime(new Date('2026-03-29T00:59:00Z'))).to.deep.equal({ date: '2026-03-29', weekday: 6, minutes: 179 });
    expect(helsinkiTime(new Date('2026-03-29T01:00:00Z'))).to.deep.equal({ date: '2026-03-29', weekday: 6, minutes: 240 });
  });
});
