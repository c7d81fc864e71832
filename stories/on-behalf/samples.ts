import type { MandateTheme, RoleWithoutMandate } from '@auta/on-behalf';

/** Sample mandate themes: the names are fictional examples, not e-Authorizations' official list. */
export const SAMPLE_THEMES: MandateTheme[] = [
  {
    id: 'sample-building-permit',
    name: { fi: 'Rakennusluvan hakeminen (esimerkki)', sv: 'Ansökan om bygglov (exempel)', en: 'Applying for a building permit (sample)' },
  },
  {
    id: 'sample-property-tax',
    name: { fi: 'Kiinteistöveroasiat (esimerkki)', sv: 'Fastighetsskatteärenden (exempel)', en: 'Property tax matters (sample)' },
    appliesTo: ['organisation'],
  },
];

export const SAMPLE_ROLES: RoleWithoutMandate[] = [
  {
    id: 'sample-signatory',
    name: {
      fi: 'Kaupparekisteriin merkitty henkilö, jolla on yksin oikeus edustaa yritystä',
      sv: 'Person som är antecknad i handelsregistret och ensam har rätt att företräda företaget',
      en: 'A person entered in the Trade Register with sole right to represent the company',
    },
  },
];
