import type { AltChannel } from '@auta/alt-channel';

/*
 * SAMPLE DATA. The agency, offices, phone numbers, addresses and web addresses are
 * fictional; e-mail uses the example.com domain. Do not copy them into a service.
 */

export const weekdayHours = [
  { serviceHourType: 'DaysOfTheWeek' as const, openingHour: [{ dayFrom: 'Monday' as const, dayTo: 'Friday' as const, from: '09:00', to: '16:00' }] },
];

export const phone: AltChannel = {
  kind: 'phone',
  name: { fi: 'Asumistuen palvelunumero', sv: 'Servicenummer för bostadsbidrag', en: 'Housing allowance service line' },
  phoneNumbers: [
    {
      number: '09 010 3456',
      serviceChargeType: 'Other',
      additionalInformation: { fi: 'Palvelu suomeksi', sv: 'Service på finska', en: 'Service in Finnish' },
    },
    {
      number: '09 010 3457',
      serviceChargeType: 'Other',
      additionalInformation: { fi: 'Palvelu ruotsiksi', sv: 'Service på svenska', en: 'Service in Swedish' },
    },
  ],
  serviceHours: [
    ...weekdayHours,
    { serviceHourType: 'Exceptional', validFrom: '2026-05-14', isClosed: true, additionalInformation: { fi: 'Helatorstai' } },
  ],
  relay: ['text', 'video', 'sign-language'],
};

export const serviceDesk: AltChannel = {
  kind: 'service-desk',
  name: { fi: 'Palvelupiste Esimerkkilä', sv: 'Servicepunkten Exempelby', en: 'Esimerkkilä service point' },
  addresses: [
    {
      street: { fi: 'Esimerkkikatu', sv: 'Exempelgatan' },
      streetNumber: '1 A',
      postalCode: '00100',
      postOffice: { fi: 'Helsinki', sv: 'Helsingfors' },
      additionalInformation: { fi: 'Sisäänkäynti pihan puolelta', sv: 'Ingång från gården', en: 'Entrance from the courtyard' },
    },
  ],
  serviceHours: [
    { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Thursday', from: '09:00', to: '16:00' }, { dayFrom: 'Friday', from: '09:00', to: '14:00' }] },
  ],
  booking: { required: true, url: 'https://example.com/ajanvaraus' },
  bring: [
    { fi: 'henkilöllisyystodistus', sv: 'identitetsbevis', en: 'proof of identity' },
    { fi: 'vuokrasopimus', sv: 'hyresavtal', en: 'your rental agreement' },
  ],
};

export const mail: AltChannel = {
  kind: 'mail',
  name: { fi: 'Esimerkkivirasto, asumistuki', sv: 'Exempelverket, bostadsbidrag', en: 'Example Agency, housing allowance' },
  formUrl: 'https://example.com/lomakkeet/asumistuki.pdf',
  addresses: [{ postOfficeBox: '450', postalCode: '00101', postOffice: { fi: 'Helsinki', sv: 'Helsingfors' } }],
};

export const email: AltChannel = {
  kind: 'email',
  email: 'asumistuki@example.com',
  secureMessageUrl: 'https://example.com/suojattu-viesti',
  replyTime: { fi: '5 arkipäivää', sv: '5 vardagar', en: '5 working days' },
};

export const digitalSupport: AltChannel = { kind: 'digital-support', url: 'https://example.com/digituki' };

/** Every kind, given out of order on purpose: the notice shows them in its fixed order. */
export const allChannels: AltChannel[] = [email, mail, digitalSupport, serviceDesk, phone];

/** Only what each kind must have. */
export const minimalChannels: AltChannel[] = [
  { kind: 'phone', phoneNumbers: [{ number: '090103456' }] },
  { kind: 'service-desk', name: { fi: 'Palvelupiste Esimerkkilä', sv: 'Servicepunkten Exempelby', en: 'Esimerkkilä service point' } },
  { kind: 'mail', formUrl: 'https://example.com/lomakkeet/asumistuki.pdf' },
  { kind: 'email', email: 'asumistuki@example.com' },
];

const long = {
  fi: 'Esimerkkiviraston asumistuen, yleisen asumistuen, eläkkeensaajan asumistuen ja opintotuen asumislisän yhteinen palvelunumero',
  sv: 'Exempelverkets gemensamma servicenummer för bostadsbidrag, allmänt bostadsbidrag, bostadsbidrag för pensionstagare och bostadstillägg för studerande',
  en: 'Example Agency’s shared service line for housing allowance, general housing allowance, pensioners’ housing allowance and students’ housing supplement',
};

/** Long names, several numbers with prices, long addresses. */
export const longChannels: AltChannel[] = [
  {
    ...phone,
    name: long,
    description: {
      fi: 'Kun soitat, pidä henkilötunnuksesi ja tilinumerosi saatavilla. Voit myös pyytää takaisinsoittoa, jos jono on pitkä.',
      sv: 'När du ringer, ha din personbeteckning och ditt kontonummer till hands. Du kan också be om att bli uppringd om kön är lång.',
      en: 'When you call, have your personal identity code and bank account number at hand. You can also ask us to call you back if the queue is long.',
    },
    phoneNumbers: [
      { number: '0600 123 456', serviceChargeType: 'Chargeable', chargeDescription: { fi: '1,50 €/min + paikallisverkko- tai matkapuhelinmaksu', sv: '1,50 €/min + lokalnäts- eller mobilsamtalsavgift', en: '€1.50 a minute plus your local network or mobile call charge' } },
      { number: '0800 123 456' },
      { number: '+46 8 123 456 78', additionalInformation: { fi: 'Ulkomailta', sv: 'Från utlandet', en: 'From abroad' } },
    ],
  },
  { ...serviceDesk, name: { fi: 'Esimerkkilän kaupungin ja valtion yhteinen asiointipiste, kauppakeskus Esimerkkikeskuksen toinen kerros', sv: 'Exempelby stads och statens gemensamma servicepunkt, andra våningen i köpcentret Exempelcentret', en: 'Joint service point of the City of Esimerkkilä and the State, second floor of the Esimerkkikeskus shopping centre' } },
  mail,
  { ...email, email: 'asumistuki.ja.opintotuen.asumislisa.asiakaspalvelu@example.com' },
  digitalSupport,
];

/** Tuesday 12 May 2026, 10.30 in Finland: the clock the stories use, so "open now" does not change. */
export const storyNow = new Date('2026-05-12T07:30:00Z');

export const errands = { fi: 'Hae asumistukea', sv: 'Ansök om bostadsbidrag', en: 'Apply for housing allowance' } as const;
