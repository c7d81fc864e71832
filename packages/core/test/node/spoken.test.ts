import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeWeek, spokenForm, upcomingExceptions, type ServiceHour } from '../../src/entries/hours.js';
import { finnishNumber } from '../../src/spoken.js';

// Kielitoimisto writes "kello 9–16" and "9.30"; a screen reader at its default punctuation
// level drops the en dash ("9 16"), so the spoken form says the range in words.
test('Finnish ranges are said in words, from the elative to the illative', () => {
  assert.equal(spokenForm('Maanantaista perjantaihin kello 9–16', 'fi'), 'Maanantaista perjantaihin kello yhdeksästä kuuteentoista');
  assert.equal(spokenForm('kello 9–12 ja 13–16', 'fi'), 'kello yhdeksästä kahteentoista ja kolmestatoista kuuteentoista');
  assert.equal(spokenForm('Perjantaisin kello 18–24', 'fi'), 'Perjantaisin kello kahdeksastatoista kahteenkymmeneenneljään');
  assert.equal(spokenForm('Lauantaisin kello 9.30–14', 'fi'), 'Lauantaisin kello yhdeksästä kolmestakymmenestä neljääntoista');
  assert.equal(spokenForm('Tänään kello 10–18.', 'fi'), 'Tänään kello kymmenestä kahdeksaantoista.');
});

test('Finnish numbers in the two cases a range needs', () => {
  const both = (n: number) => `${finnishNumber(n, true)}/${finnishNumber(n, false)}`;
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 21, 24, 45, 59].map(both), [
    'nollasta/nollaan',
    'yhdestä/yhteen',
    'kahdesta/kahteen',
    'kolmesta/kolmeen',
    'neljästä/neljään',
    'viidestä/viiteen',
    'kuudesta/kuuteen',
    'seitsemästä/seitsemään',
    'kahdeksasta/kahdeksaan',
    'yhdeksästä/yhdeksään',
    'kymmenestä/kymmeneen',
    'yhdestätoista/yhteentoista',
    'kahdestatoista/kahteentoista',
    'kahdestakymmenestä/kahteenkymmeneen',
    'kahdestakymmenestäyhdestä/kahteenkymmeneenyhteen',
    'kahdestakymmenestäneljästä/kahteenkymmeneenneljään',
    'neljästäkymmenestäviidestä/neljäänkymmeneenviiteen',
    'viidestäkymmenestäyhdeksästä/viiteenkymmeneenyhdeksään',
  ]);
});

test('Swedish ranges say "till"; times with minutes are two numbers, not a decimal', () => {
  assert.equal(spokenForm('Måndag till fredag klockan 9–16', 'sv'), 'Måndag till fredag klockan 9 till 16');
  assert.equal(spokenForm('Stängt nu, öppnar i morgon klockan 9.30.', 'sv'), 'Stängt nu, öppnar i morgon klockan 9 30.');
  assert.equal(spokenForm('Avoinna nyt, sulkeutuu kello 16.05.', 'fi'), 'Avoinna nyt, sulkeutuu kello 16 05.');
});

test('dates written with numbers are said with the month’s name', () => {
  assert.equal(spokenForm('Suljettu nyt. Avautuu keskiviikkona 13.5.2026 kello 9.', 'fi'), 'Suljettu nyt. Avautuu keskiviikkona 13. toukokuuta 2026 kello 9.');
  assert.equal(spokenForm('Felet började tisdag 12.5.2026 klockan 6 (finsk tid).', 'sv'), 'Felet började tisdag 12 maj 2026 klockan 6 (finsk tid).');
  assert.equal(spokenForm('Tiedote päivitetty tiistaina 12.5.2026 kello 10.15.', 'fi'), 'Tiedote päivitetty tiistaina 12. toukokuuta 2026 kello 10 15.');
});

test('English, already written in words, and texts with nothing to say otherwise stay as they are', () => {
  for (const [text, lang] of [
    ['Monday to Friday, 9am to 4pm', 'en'],
    ['Closed on Thursday 24 December 2026', 'en'],
    ['Lauantaisin ja sunnuntaisin suljettu', 'fi'],
    ['Avoinna ympäri vuorokauden.', 'fi'],
    ['Avoinna nyt, sulkeutuu kello 16.', 'fi'],
  ] as const) {
    assert.equal(spokenForm(text, lang), text);
  }
});

test('every line core formats for a week and its exceptions has a spoken form without a dash or a dotted number', () => {
  const hours: ServiceHour[] = [
    { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Thursday', from: '09:30', to: '16:00' }] },
    { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Friday', from: '18:00', to: '00:00' }] },
    { serviceHourType: 'Exceptional', validFrom: '2026-05-14', openingHour: [{ dayFrom: 'Thursday', from: '10:00', to: '14:00' }] },
  ];
  const now = new Date('2026-05-12T07:30:00Z');
  for (const lang of ['fi', 'sv'] as const) {
    const lines = [...describeWeek(hours, lang, now).map((l) => l.text), ...upcomingExceptions(hours, lang, now, 14).map((e) => e.text)];
    assert.ok(lines.some((l) => l.includes('–')), lang);
    for (const line of lines) assert.doesNotMatch(spokenForm(line, lang), /–|\d\.\d/, `${lang}: ${line}`);
  }
});
