import type { When } from '@auta/alt-channel';
import type { HelpOwnMessages } from './messages.js';
import type { UnavailableOwnMessages } from './service-unavailable-messages.js';

/*
 * Easy-to-read copy of `<auta-help>` and `<auta-service-unavailable>`: their own texts. The
 * texts inside a channel are the notice's easy ones (`loadAltChannelEasy()`), put together
 * with these in messages.ts and service-unavailable-messages.ts.
 *
 * A lazy chunk: the elements load it only when the easy level is asked for
 * (`loadHelpEasy()`). It imports nothing at run time, so that it is a file of its own in
 * the CDN build too.
 */

const fiAt = (w: When) => `${w.date} kello ${w.time}`;
const svAt = (w: When) => `${w.date} klockan ${w.time}`;
const enAt = (w: When) => `${w.date} at ${w.time}`;

// Easy-to-read: short sentences, everyday words, the reader addressed directly (Selkokeskus; LL-Center; Plain English Campaign).
const helpFi: HelpOwnMessages = {
  heading: 'Tarvitsetko apua?',
  'customer-service': 'Kysy meiltä',
  'self-help': 'Lue ohjeet',
  'digital-support': 'Apua tietokoneen ja puhelimen käyttöön',
  'other-ways': 'Voit hoitaa asian myös muuten',
  'channel-phone': 'Soita meille',
  'channel-chat': 'Kirjoita meille chatissa',
  'channel-contact-form': 'Lähetä meille lomake',
  'channel-secure-message': 'Lähetä meille suojattu viesti',
  'channel-email': 'Lähetä meille sähköpostia',
  instructions: 'Ohjeet',
  faq: 'Kysymyksiä ja vastauksia',
  digitalSupportIntro: 'Saat apua esimerkiksi kirjastosta. Apu on ilmaista.',
  nearestSupport: 'Apua saat lähellä täältä:',
  otherWaysText: 'Voit soittaa, käydä meillä tai lähettää kirjeen.',
  otherWaysLink: 'Näin voit hoitaa asian muuten',
};

const helpSv: HelpOwnMessages = {
  heading: 'Behöver du hjälp?',
  'customer-service': 'Fråga oss',
  'self-help': 'Läs hur du gör',
  'digital-support': 'Hjälp med dator och telefon',
  'other-ways': 'Du kan göra det på andra sätt',
  'channel-phone': 'Ring oss',
  'channel-chat': 'Skriv till oss i chatten',
  'channel-contact-form': 'Skicka ett formulär till oss',
  'channel-secure-message': 'Skicka ett skyddat meddelande till oss',
  'channel-email': 'Skicka e-post till oss',
  instructions: 'Så här gör du',
  faq: 'Frågor och svar',
  digitalSupportIntro: 'Du kan få hjälp till exempel på biblioteket. Hjälpen är gratis.',
  nearestSupport: 'Här får du hjälp nära dig:',
  otherWaysText: 'Du kan ringa, besöka oss eller skicka ett brev.',
  otherWaysLink: 'Så kan du göra på andra sätt',
};

const helpEn: HelpOwnMessages = {
  heading: 'Do you need help?',
  'customer-service': 'Ask us',
  'self-help': 'Read how to do it',
  'digital-support': 'Help with computers and phones',
  'other-ways': 'You can do this in other ways',
  'channel-phone': 'Call us',
  'channel-chat': 'Write to us in the chat',
  'channel-contact-form': 'Send us a form',
  'channel-secure-message': 'Send us a secure message',
  'channel-email': 'Send us an email',
  instructions: 'How to do it',
  faq: 'Questions and answers',
  digitalSupportIntro: 'You can get help, for example, at a library. The help is free.',
  nearestSupport: 'You can get help near you here:',
  otherWaysText: 'You can call us, visit us or send a letter.',
  otherWaysLink: 'Other ways to do this',
};

// Easy-to-read: one thing per sentence, common words, "you" and "we".
const unavailableFi: Partial<UnavailableOwnMessages> = {
  heading: (reason, service) => (reason === 'closed' ? `${service || 'Verkkopalvelua'} ei enää ole` : `${service || 'Verkkopalvelu'} ei toimi nyt`),
  since: (reason, from) => (from ? `Palvelu ei toimi ${fiAt(from)} alkaen.` : reason === 'maintenance' ? 'Korjaamme palvelua.' : 'Palvelussa on vika.'),
  back: (until) => (until ? `Palvelu toimii taas ${fiAt(until)}.` : 'Emme vielä tiedä, milloin palvelu toimii.'),
  savedKept: 'Vastauksesi ovat tallessa. Voit jatkaa myöhemmin.',
  savedLost: 'Osa vastauksista voi olla kadonnut. Täytä ne uudelleen myöhemmin.',
  deadlinesUnchanged: 'Päivämäärät eivät muutu. Jos sinulla on kiire, hoida asia alla olevalla tavalla.',
  otherWaysHeading: 'Voit hoitaa asian myös näin',
  otherWaysIntro: 'Ensin ne, jotka ovat avoinna nyt.',
  reference: 'Kerro tämä koodi, jos soitat meille:',
};
const unavailableSv: Partial<UnavailableOwnMessages> = {
  heading: (reason, service) => (reason === 'closed' ? `${service || 'E-tjänsten'} finns inte längre` : `${service || 'E-tjänsten'} fungerar inte nu`),
  since: (reason, from) => (from ? `Tjänsten fungerar inte från ${svAt(from)}.` : reason === 'maintenance' ? 'Vi lagar tjänsten.' : 'Det är fel på tjänsten.'),
  back: (until) => (until ? `Tjänsten fungerar igen ${svAt(until)}.` : 'Vi vet inte ännu när tjänsten fungerar.'),
  savedKept: 'Dina svar är sparade. Du kan fortsätta senare.',
  savedLost: 'En del svar kan ha försvunnit. Fyll i dem igen senare.',
  deadlinesUnchanged: 'Datumen ändras inte. Om du har bråttom, gör så som det står nedan.',
  otherWaysHeading: 'Du kan också göra så här',
  otherWaysIntro: 'Först de som är öppna nu.',
  reference: 'Säg den här koden om du ringer oss:',
};
const unavailableEn: Partial<UnavailableOwnMessages> = {
  heading: (reason, service) => (reason === 'closed' ? `${service || 'The e-service'} has stopped` : `${service || 'The e-service'} is not working now`),
  since: (reason, from) => (from ? `The service stopped working on ${enAt(from)}.` : reason === 'maintenance' ? 'We are fixing the service.' : 'Something is wrong with the service.'),
  back: (until) => (until ? `The service will work again on ${enAt(until)}.` : 'We do not know yet when the service will work.'),
  savedKept: 'Your answers are saved. You can go on later.',
  savedLost: 'Some answers may be lost. Fill them in again later.',
  deadlinesUnchanged: 'The dates do not change. If you are in a hurry, do it in a way shown below.',
  otherWaysHeading: 'You can also do it like this',
  otherWaysIntro: 'First the ones that are open now.',
  reference: 'Tell us this code if you call us:',
};

export const help = { fi: helpFi, sv: helpSv, en: helpEn };
export const unavailable = { fi: unavailableFi, sv: unavailableSv, en: unavailableEn };
