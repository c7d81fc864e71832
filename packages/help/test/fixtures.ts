import type { AltChannel } from '@auta/alt-channel';
import type { CustomerServiceChannel, NearestSupport, SelfHelpLink } from '../src/index.js';

/**
 * SAMPLE DATA for tests: the agency, numbers and addresses are fictional; the domains are
 * the reserved example.com (RFC 2606). Field names are those of PTV's service channels
 * (vrk-kpa/ptv-releases, api/v11 ServiceChannel: phoneNumbers, serviceHours, serviceChargeType).
 */
export const weekdays9to16 = [
  { serviceHourType: 'DaysOfTheWeek' as const, openingHour: [{ dayFrom: 'Monday' as const, dayTo: 'Friday' as const, from: '09:00', to: '16:00' }] },
];
export const everyDay8to20 = [
  { serviceHourType: 'DaysOfTheWeek' as const, openingHour: [{ dayFrom: 'Monday' as const, dayTo: 'Sunday' as const, from: '08:00', to: '20:00' }] },
];

/** Given deliberately out of the fixed order: email, secure message, contact form, chat, phone. */
export const customerService: CustomerServiceChannel[] = [
  { kind: 'email', email: 'asiakaspalvelu@example.com', responseTime: { workingDays: 5 } },
  { kind: 'secure-message', url: 'https://asiointi.example.com/viestit', responseTime: { workingDays: 2 } },
  { kind: 'contact-form', url: 'https://example.com/yhteydenotto' },
  {
    kind: 'chat',
    url: 'https://example.com/chat',
    serviceHours: weekdays9to16,
    availability: { state: 'busy', waitMinutes: 5 },
  },
  {
    kind: 'phone',
    name: { fi: 'Asumistuen palvelunumero', sv: 'Servicenummer för bostadsbidrag', en: 'Housing allowance service line' },
    phoneNumbers: [{ number: '0295 123 456', serviceChargeType: 'Other', abroadNumber: '+358 9 123 4567' }],
    serviceHours: weekdays9to16,
    haveReady: [{ fi: 'hakemuksen viitenumero', sv: 'ansökans referensnummer', en: 'the reference number of your application' }],
    callbackUrl: 'https://example.com/takaisinsoitto',
  },
];

/** FAQ first, instructions second: the block puts instructions first. */
export const selfHelp: SelfHelpLink[] = [
  { kind: 'faq', url: 'https://example.com/ukk' },
  { kind: 'instructions', url: 'https://example.com/ohjeet' },
];

export const nearestSupport: NearestSupport = {
  name: { fi: 'Esimerkkilän kirjasto', sv: 'Exempelby bibliotek', en: 'Esimerkkilä library' },
  url: 'https://example.com/kirjasto',
  description: { fi: 'Esimerkkikatu 3', sv: 'Exempelgatan 3', en: 'Esimerkkikatu 3' },
};

/** The other ways, for the service-unavailable page: phone 9–16, desk every day 8–20, mail. */
export const otherWays: AltChannel[] = [
  { kind: 'mail', formUrl: 'https://example.com/lomake.pdf', addresses: [{ postOfficeBox: '450', postalCode: '00101', postOffice: 'Helsinki' }] },
  { kind: 'service-desk', name: { fi: 'Palvelupiste Esimerkkilä', sv: 'Servicepunkten Exempelby', en: 'Esimerkkilä service point' }, serviceHours: everyDay8to20, addresses: [{ street: 'Esimerkkikatu 1', postalCode: '00100', postOffice: 'Helsinki' }] },
  { kind: 'phone', phoneNumbers: [{ number: '0295 123 456' }], serviceHours: weekdays9to16 },
];

/** Tuesday 12 May 2026, 10.30 in Finland (07.30 UTC). */
export const tuesdayMorning = new Date('2026-05-12T07:30:00Z');
