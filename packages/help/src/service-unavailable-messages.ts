import type { Catalog } from '@auta/core';
import { altChannelCatalog, type AltChannelMessages, type ChannelMessages, type When } from '@auta/alt-channel';

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



const notice = altChannelCatalog;

/**
 * Finnish at the standard level; Swedish and English register themselves from `lang/sv.js`
 * and `lang/en.js`; the easy-to-read level arrives with `loadHelpEasy()`.
 */
export const unavailableCatalog: Catalog<UnavailableMessages> = { fi: { ...notice.fi, ...fi } };
