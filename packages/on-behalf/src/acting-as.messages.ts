import type { Catalog } from '@auta/core';

/**
 * Default copy of `<auta-acting-as>`, in Suomi.fi e-Authorizations' own terms (fi valtuus,
 * valtuusasia; sv fullmakt, fullmaktsärende; en mandate, mandate theme) and DVV's for
 * guardianship (fi edunvalvoja, edunvalvontavaltuutus; sv intressebevakare,
 * intressebevakningsfullmakt; en guardian, continuing power of attorney).
 */
export type ActingAsMessages = {
  /** The name of the line's region landmark. */
  label: string;
  /** The line's lead when acting for oneself; also the whole line when no name is given. */
  self: string;
  /** Lead before the person's name. */
  person: string;
  /** Lead before the organisation's name. */
  organisation: string;
  /** After a person's name, when the host gives a birth date; `date` is already formatted. */
  birthDate: (date: string) => string;
  /** After an organisation's name. */
  businessId: (id: string) => string;
  /** Before the basis, e.g. "Peruste:". */
  basisLabel: string;
  basisMandate: string;
  basisGuardian: string;
  basisCourtGuardian: string;
  basisContinuingPower: string;
  basisRepresentative: string;
  /** A sentence after the basis: until when the mandate holds; `date` is already formatted. */
  validUntil: (date: string) => string;
  /** The switch's visible text. */
  switch: string;
  /** The switch's accessible name: must begin with the visible text (WCAG 2.5.3 Label in Name). */
  switchLabel: string;
  /** Said before the new line when the party changes. */
  changed: string;
};

export const actingAsCatalog: Catalog<ActingAsMessages> = {
  fi: {
    label: 'Kenen puolesta asioit',
    self: 'Asioit omasta puolestasi',
    person: 'Asioit toisen henkilön puolesta:',
    organisation: 'Asioit yrityksen tai yhteisön puolesta:',
    birthDate: (date) => `syntynyt ${date}`,
    businessId: (id) => `Y-tunnus ${id}`,
    basisLabel: 'Peruste:',
    basisMandate: 'valtuus',
    basisGuardian: 'alaikäisen lapsen huoltaja',
    basisCourtGuardian: 'edunvalvoja',
    basisContinuingPower: 'edunvalvontavaltuutettu',
    basisRepresentative: 'rekisteriin merkitty edustaja',
    validUntil: (date) => `Voimassa ${date} asti`,
    switch: 'Vaihda',
    switchLabel: 'Vaihda, kenen puolesta asioit',
    changed: 'Valinta vaihtui.',
  },
  sv: {
    label: 'För vem du uträttar ärendet',
    self: 'Du uträttar ärendet för dig själv',
    person: 'Du uträttar ärendet för en annan person:',
    organisation: 'Du uträttar ärendet för ett företag eller en sammanslutning:',
    birthDate: (date) => `född ${date}`,
    businessId: (id) => `FO-nummer ${id}`,
    basisLabel: 'Grund:',
    basisMandate: 'fullmakt',
    basisGuardian: 'vårdnadshavare för ett barn under 18 år',
    basisCourtGuardian: 'intressebevakare',
    basisContinuingPower: 'fullmäktig enligt en intressebevakningsfullmakt',
    basisRepresentative: 'företrädare som är införd i registret',
    validUntil: (date) => `Giltig till ${date}`,
    switch: 'Byt',
    switchLabel: 'Byt för vem du uträttar ärendet',
    changed: 'Valet har ändrats.',
  },
  en: {
    label: 'Who you are acting for',
    self: 'You are acting for yourself',
    person: 'You are acting on behalf of another person:',
    organisation: 'You are acting on behalf of a company or organisation:',
    birthDate: (date) => `born ${date}`,
    businessId: (id) => `Business ID ${id}`,
    basisLabel: 'Basis:',
    basisMandate: 'mandate',
    basisGuardian: 'guardian of a child under 18',
    basisCourtGuardian: 'court-appointed guardian',
    basisContinuingPower: 'attorney under a continuing power of attorney',
    basisRepresentative: 'registered representative',
    validUntil: (date) => `Valid until ${date}`,
    switch: 'Switch',
    switchLabel: 'Switch who you are acting for',
    changed: 'Your choice has changed.',
  },
  // Easy-to-read (selkokieli, lättläst, easy English): short sentences, the most common words.
  easy: {
    fi: {
      label: 'Kenen asiaa hoidat',
      self: 'Hoidat omaa asiaasi',
      person: 'Hoidat toisen ihmisen asiaa. Hänen nimensä on',
      organisation: 'Hoidat yrityksen tai yhdistyksen asiaa. Sen nimi on',
      birthDate: (date) => `syntynyt ${date}`,
      businessId: (id) => `Y-tunnus ${id}`,
      basisLabel: 'Saat hoitaa asiaa, koska',
      basisMandate: 'sinulla on valtuus',
      basisGuardian: 'olet lapsen huoltaja',
      basisCourtGuardian: 'olet hänen edunvalvojansa',
      basisContinuingPower: 'hän on antanut sinulle edunvalvontavaltuutuksen',
      basisRepresentative: 'olet yrityksen edustaja rekisterissä',
      validUntil: (date) => `Valtuus loppuu ${date}`,
      switch: 'Vaihda',
      switchLabel: 'Vaihda, kenen asiaa hoidat',
      changed: 'Nyt hoidat eri asiaa.',
    },
    sv: {
      label: 'Vems ärende du sköter',
      self: 'Du sköter ditt eget ärende',
      person: 'Du sköter en annan persons ärende. Personen heter',
      organisation: 'Du sköter ett företags eller en förenings ärende. Det heter',
      birthDate: (date) => `född ${date}`,
      businessId: (id) => `FO-nummer ${id}`,
      basisLabel: 'Du får sköta ärendet eftersom',
      basisMandate: 'du har en fullmakt',
      basisGuardian: 'du är barnets vårdnadshavare',
      basisCourtGuardian: 'du är personens intressebevakare',
      basisContinuingPower: 'personen har gett dig en intressebevakningsfullmakt',
      basisRepresentative: 'du är företagets företrädare i registret',
      validUntil: (date) => `Fullmakten slutar ${date}`,
      switch: 'Byt',
      switchLabel: 'Byt vems ärende du sköter',
      changed: 'Nu sköter du ett annat ärende.',
    },
    en: {
      label: 'Whose errand you are doing',
      self: 'You are doing your own errand',
      person: 'You are doing this for another person. Their name is',
      organisation: 'You are doing this for a company or a club. Its name is',
      birthDate: (date) => `born ${date}`,
      businessId: (id) => `Business ID ${id}`,
      basisLabel: 'You can do this because',
      basisMandate: 'you have a mandate',
      basisGuardian: 'you are the child’s guardian',
      basisCourtGuardian: 'a court made you their guardian',
      basisContinuingPower: 'they gave you a continuing power of attorney',
      basisRepresentative: 'you are the company’s registered representative',
      validUntil: (date) => `The mandate ends on ${date}`,
      switch: 'Switch',
      switchLabel: 'Switch whose errand you are doing',
      changed: 'You are now doing a different errand.',
    },
  },
};
