import type { Catalog, Lang, LevelCatalog } from '@auta/core';
import { altChannelCatalog, loadAltChannelEasy, type AltChannelMessages, type ChannelMessages, type When } from '@auta/alt-channel';

export type UnavailableReason = 'maintenance' | 'fault' | 'closed' | 'seasonal';

/** The page's own texts; the channels' texts (hours, charges, queue) and their headings are the notice's. */
export type UnavailableOwnMessages = {
  /** The page's heading; `service` is the e-service's name, or empty. */
  heading: (reason: UnavailableReason, service: string) => string;
  /** When it began; `from` may be missing. */
  since: (reason: UnavailableReason, from: When | undefined) => string;
  /** When it works again; `undefined`: not known yet. */
  back: (until: When | undefined) => string;
  updated: (at: When) => string;
  savedKept: string;
  savedLost: string;
  deadlinesUnchanged: string;
  deadlinesExtended: (until: When | undefined) => string;
  closedFor: string;
  replacementLink: string;
  seasonalOpens: (opens: When | undefined) => string;
  otherWaysHeading: string;
  otherWaysIntro: string;
  reference: string;
};
export type UnavailableMessages = ChannelMessages &
  Pick<AltChannelMessages, 'phone' | 'service-desk' | 'mail' | 'email' | 'digital-support'> &
  UnavailableOwnMessages;

const fiAt = (w: When) => `${w.date} kello ${w.time}`;
const svAt = (w: When) => `${w.date} klockan ${w.time}`;
const enAt = (w: When) => `${w.date} at ${w.time}`;

const fi: UnavailableOwnMessages = {
  heading: (reason, service) => {
    const s = service || 'Verkkopalvelu';
    if (reason === 'maintenance') return `${s} on huoltokatkon vuoksi poissa käytöstä`;
    if (reason === 'closed') return `${s} on lopetettu`;
    if (reason === 'seasonal') return `${s} ei ole nyt avoinna`;
    return `${s} ei toimi juuri nyt`;
  },
  since: (reason, from) =>
    from
      ? reason === 'maintenance'
        ? `Huoltokatko alkaa ${fiAt(from)}.`
        : `Vika alkoi ${fiAt(from)}.`
      : reason === 'maintenance'
        ? 'Teemme palveluun huoltotöitä.'
        : 'Palvelussa on vika. Korjaamme sitä.',
  back: (until) => (until ? `Palvelu on taas käytössä ${fiAt(until)}.` : 'Emme vielä tiedä, milloin palvelu toimii taas.'),
  updated: (at) => `Tiedote päivitetty ${fiAt(at)}.`,
  savedKept: 'Tallentamasi vastaukset ovat tallessa. Voit jatkaa siitä, mihin jäit, kun palvelu taas toimii.',
  savedLost: 'Jos täytit lomaketta, kun katko alkoi, tallentamattomat vastaukset eivät säilyneet. Täytä ne uudelleen, kun palvelu taas toimii.',
  deadlinesUnchanged: 'Määräajat eivät muutu. Jos määräaikasi on lähellä, hoida asia jollakin alla kerrotulla tavalla.',
  deadlinesExtended: (until) => (until ? `Katkon vuoksi määräaikaa on jatkettu. Uusi määräaika on ${until.date}.` : 'Katkon vuoksi määräaikaa on jatkettu.'),
  closedFor: 'Tätä verkkopalvelua ei enää ole.',
  replacementLink: 'Siirry uuteen palveluun',
  seasonalOpens: (opens) =>
    opens ? `Palvelu on avoinna vain osan vuotta. Se avautuu seuraavan kerran ${fiAt(opens)}.` : 'Palvelu on avoinna vain osan vuotta.',
  otherWaysHeading: 'Hoida asia muulla tavalla',
  otherWaysIntro: 'Ensin ne tavat, joilla palvelemme juuri nyt.',
  reference: 'Jos otat yhteyttä asiakaspalveluun, kerro tämä tunnus:',
};

const sv: UnavailableOwnMessages = {
  heading: (reason, service) => {
    const s = service || 'E-tjänsten';
    if (reason === 'maintenance') return `${s} fungerar inte på grund av underhåll`;
    if (reason === 'closed') return `${s} har lagts ned`;
    if (reason === 'seasonal') return `${s} är inte öppen nu`;
    return `${s} fungerar inte just nu`;
  },
  since: (reason, from) =>
    from
      ? reason === 'maintenance'
        ? `Underhållet börjar ${svAt(from)} (finsk tid).`
        : `Felet började ${svAt(from)} (finsk tid).`
      : reason === 'maintenance'
        ? 'Vi utför underhåll på tjänsten.'
        : 'Det är fel på tjänsten. Vi reparerar den.',
  back: (until) => (until ? `Tjänsten fungerar igen ${svAt(until)} (finsk tid).` : 'Vi vet ännu inte när tjänsten fungerar igen.'),
  updated: (at) => `Meddelandet uppdaterades ${svAt(at)}.`,
  savedKept: 'Svaren du har sparat finns kvar. Du kan fortsätta där du slutade när tjänsten fungerar igen.',
  savedLost: 'Om du fyllde i blanketten när avbrottet började har svar som inte sparats gått förlorade. Fyll i dem på nytt när tjänsten fungerar igen.',
  deadlinesUnchanged: 'Tidsfristerna ändras inte. Om din tidsfrist är nära, uträtta ärendet på något av sätten nedan.',
  deadlinesExtended: (until) => (until ? `På grund av avbrottet har tidsfristen förlängts. Den nya tidsfristen är ${until.date}.` : 'På grund av avbrottet har tidsfristen förlängts.'),
  closedFor: 'Den här e-tjänsten finns inte längre.',
  replacementLink: 'Gå till den nya tjänsten',
  seasonalOpens: (opens) => (opens ? `Tjänsten är öppen bara en del av året. Den öppnar nästa gång ${svAt(opens)}.` : 'Tjänsten är öppen bara en del av året.'),
  otherWaysHeading: 'Uträtta ärendet på annat sätt',
  otherWaysIntro: 'Först de sätt som betjänar just nu.',
  reference: 'Om du kontaktar kundtjänsten, uppge den här koden:',
};

const en: UnavailableOwnMessages = {
  heading: (reason, service) => {
    const s = service || 'The e-service';
    if (reason === 'maintenance') return `${s} is unavailable for maintenance`;
    if (reason === 'closed') return `${s} has closed`;
    if (reason === 'seasonal') return `${s} is not open now`;
    return `${s} is not working at the moment`;
  },
  since: (reason, from) =>
    from
      ? reason === 'maintenance'
        ? `Maintenance starts on ${enAt(from)} (Finnish time).`
        : `The fault started on ${enAt(from)} (Finnish time).`
      : reason === 'maintenance'
        ? 'We are doing maintenance work on the service.'
        : 'There is a fault in the service. We are fixing it.',
  back: (until) => (until ? `The service will work again on ${enAt(until)} (Finnish time).` : 'We do not know yet when the service will work again.'),
  updated: (at) => `Last updated on ${enAt(at)}.`,
  savedKept: 'The answers you saved are safe. You can continue where you left off when the service works again.',
  savedLost: 'If you were filling in the form when the outage began, answers you had not saved were lost. Fill them in again when the service works again.',
  deadlinesUnchanged: 'Deadlines do not change. If your deadline is close, use one of the ways below.',
  deadlinesExtended: (until) => (until ? `Because of the outage, the deadline has been extended. The new deadline is ${until.date}.` : 'Because of the outage, the deadline has been extended.'),
  closedFor: 'This e-service no longer exists.',
  replacementLink: 'Go to the new service',
  seasonalOpens: (opens) => (opens ? `The service is open for only part of the year. It opens next on ${enAt(opens)}.` : 'The service is open for only part of the year.'),
  otherWaysHeading: 'Do it another way',
  otherWaysIntro: 'The ways that are open right now come first.',
  reference: 'If you contact customer service, give them this code:',
};

const notice = altChannelCatalog;

/** fi, sv and en at the standard level; the easy-to-read level arrives with `loadHelpEasy()`. */
export const unavailableCatalog: Catalog<UnavailableMessages> = {
  en: { ...notice.en, ...en },
  fi: { ...notice.fi, ...fi },
  sv: { ...notice.sv, ...sv },
};

/**
 * Loads the easy-to-read copy of `<auta-service-unavailable>` into `unavailableCatalog.easy`,
 * from the same help chunk as `<auta-help>`'s and the notice's easy chunk. The page's own
 * texts that have no easy wording of their own keep their standard wording at both levels.
 * When the help chunk cannot load, `easy` stays unset and the standard text stays (core
 * warns once per key); when only the notice's cannot, the channel texts are the standard ones.
 */
export async function loadUnavailableEasy(): Promise<unknown> {
  if (unavailableCatalog.easy) return unavailableCatalog.easy;
  const [own] = await Promise.all([import('./messages-easy.js').catch(() => undefined), loadAltChannelEasy()]);
  if (!own) return undefined;
  const channel = (lang: Lang): Partial<AltChannelMessages> => notice.easy?.[lang] ?? {};
  return (unavailableCatalog.easy ??= {
    en: { ...channel('en'), ...en, ...own.unavailableEasy.en },
    fi: { ...channel('fi'), ...fi, ...own.unavailableEasy.fi },
    sv: { ...channel('sv'), ...sv, ...own.unavailableEasy.sv },
  } as LevelCatalog<UnavailableMessages>);
}
