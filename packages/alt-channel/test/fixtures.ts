import type { AltChannel } from '../src/channels.js';

/**
 * SAMPLE DATA for tests: the offices, numbers and addresses are fictional.
 * The e-mail domain is example.com.
 */
export const weekdays9to16 = [
  { serviceHourType: 'DaysOfTheWeek' as const, openingHour: [{ dayFrom: 'Monday' as const, dayTo: 'Friday' as const, from: '09:00', to: '16:00' }] },
];

/** Given deliberately out of the display order: email, mail, phone, digital support, service desk. */
export const sampleChannels: AltChannel[] = [
  {
    kind: 'email',
    email: 'asumistuki@example.com',
    replyTime: { fi: '5 arkipäivää', sv: '5 vardagar', en: '5 working days' },
  },
  {
    kind: 'mail',
    name: { fi: 'Esimerkkivirasto, asumistuki', sv: 'Exempelverket, bostadsbidrag', en: 'Example Agency, housing allowance' },
    formUrl: 'https://example.com/lomakkeet/asumistuki.pdf',
    addresses: [{ postOfficeBox: '450', postalCode: '00101', postOffice: { fi: 'Helsinki', sv: 'Helsingfors' } }],
  },
  {
    kind: 'phone',
    name: { fi: 'Asumistuen palvelunumero', sv: 'Servicenummer för bostadsbidrag', en: 'Housing allowance service line' },
    phoneNumbers: [{ number: '0295 123 456', serviceChargeType: 'Other' }],
    serviceHours: weekdays9to16,
    relay: ['text', 'sign-language'],
  },
  { kind: 'digital-support', url: 'https://example.com/digituki' },
  {
    kind: 'service-desk',
    name: { fi: 'Palvelupiste Esimerkkilä', sv: 'Servicepunkten Exempelby', en: 'Esimerkkilä service point' },
    addresses: [{ street: { fi: 'Esimerkkikatu', sv: 'Exempelgatan' }, streetNumber: '1', postalCode: '00100', postOffice: { fi: 'Helsinki', sv: 'Helsingfors' } }],
    serviceHours: weekdays9to16,
    booking: { required: true, url: 'https://example.com/ajanvaraus' },
    bring: [{ fi: 'henkilöllisyystodistus', sv: 'identitetsbevis', en: 'proof of identity' }],
  },
];

/** Tuesday 12 May 2026, 10.30 in Finland (07.30 UTC). */
export const tuesdayMorning = new Date('2026-05-12T07:30:00Z');
