import type { AltChannel } from '@auta/alt-channel';
import type { CustomerServiceChannel, NearestSupport, SelfHelpLink } from '@auta/help';

/**
 * SAMPLE DATA for the help stories: the agency, numbers and addresses are fictional and
 * every link goes to the reserved example.com domain. Field names are PTV's
 * (phoneNumbers, serviceHours, serviceChargeType).
 */
const weekdays9to16 = [{ serviceHourType: 'DaysOfTheWeek' as const, openingHour: [{ dayFrom: 'Monday' as const, dayTo: 'Friday' as const, from: '09:00', to: '16:00' }] }];
const everyDay8to20 = [{ serviceHourType: 'DaysOfTheWeek' as const, openingHour: [{ dayFrom: 'Monday' as const, dayTo: 'Sunday' as const, from: '08:00', to: '20:00' }] }];

export const phone: CustomerServiceChannel = {
  kind: 'phone',
  name: { fi: 'Asumistuen palvelunumero', sv: 'Servicenummer för bostadsbidrag', en: 'Housing allowance service line' },
  phoneNumbers: [{ number: '09 010 3456', serviceChargeType: 'Other', abroadNumber: '+358 9 010 4567' }],
  serviceHours: weekdays9to16,
  availability: { state: 'busy', waitMinutes: 15 },
  haveReady: [
    { fi: 'hakemuksen viitenumero', sv: 'ansökans referensnummer', en: 'the reference number of your application' },
    { fi: 'verkkopankkitunnukset tai mobiilivarmenne', sv: 'nätbankskoder eller mobilcertifikat', en: 'online banking codes or a mobile certificate' },
  ],
  callbackUrl: 'https://example.com/takaisinsoitto',
};
export const chat: CustomerServiceChannel = { kind: 'chat', url: 'https://example.com/chat', serviceHours: weekdays9to16, availability: { state: 'open' } };
export const contactForm: CustomerServiceChannel = { kind: 'contact-form', url: 'https://example.com/yhteydenotto', responseTime: { workingDays: 5 } };
export const secureMessage: CustomerServiceChannel = { kind: 'secure-message', url: 'https://asiointi.example.com/viestit', responseTime: { workingDays: 2 } };

/** Given out of order on purpose: the block shows them phone, chat, form, secure message. */
export const customerService: CustomerServiceChannel[] = [secureMessage, contactForm, chat, phone];

export const selfHelp: SelfHelpLink[] = [
  { kind: 'faq', url: 'https://example.com/asumistuki/ukk' },
  { kind: 'instructions', url: 'https://example.com/asumistuki/ohjeet' },
];

export const nearestSupport: NearestSupport = {
  name: { fi: 'Esimerkkilän kirjasto', sv: 'Exempelby bibliotek', en: 'Esimerkkilä library' },
  url: 'https://example.com/kirjasto',
  description: { fi: 'Esimerkkikatu 3, maanantaista perjantaihin kello 10–18', sv: 'Exempelgatan 3, måndag till fredag klockan 10–18', en: 'Esimerkkikatu 3, Monday to Friday 10am to 6pm' },
};

/** The other ways, for the service-unavailable page: phone 9–16, service point every day 8–20, post. */
export const otherWays: AltChannel[] = [
  { kind: 'mail', formUrl: 'https://example.com/lomakkeet/asumistuki.pdf', addresses: [{ postOfficeBox: '450', postalCode: '00101', postOffice: { fi: 'Helsinki', sv: 'Helsingfors' } }] },
  {
    kind: 'service-desk',
    name: { fi: 'Palvelupiste Esimerkkilä', sv: 'Servicepunkten Exempelby', en: 'Esimerkkilä service point' },
    addresses: [{ street: { fi: 'Esimerkkikatu', sv: 'Exempelgatan' }, streetNumber: '1', postalCode: '00100', postOffice: { fi: 'Helsinki', sv: 'Helsingfors' } }],
    serviceHours: everyDay8to20,
  },
  { kind: 'phone', phoneNumbers: [{ number: '09 010 3456' }], serviceHours: weekdays9to16, description: { fi: 'Jonotusaika voi olla pitkä katkon aikana.', sv: 'Kötiden kan vara lång under avbrottet.', en: 'Queues may be long during the outage.' } },
];

/** Tuesday 12 May 2026, 8.30 in Finland: the service point is open, the phone line opens at 9. */
export const earlyMorning = new Date('2026-05-12T05:30:00Z');
/** Tuesday 12 May 2026, 10.30 in Finland. */
export const storyNow = new Date('2026-05-12T07:30:00Z');
