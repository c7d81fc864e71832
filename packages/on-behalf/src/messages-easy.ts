import type { LevelCatalog, plural as Plural } from "@auta/core";
import type { OnBehalfMessages } from "./messages.js";

/*
 * Easy-to-read copy of `<auta-on-behalf-entry>`: selkokieli (Selkokeskus), lättläst
 * (Centrum för lättläst) and easy English. Short sentences, one thing in a sentence, common
 * words, the reader spoken to directly, no abbreviations to know (DVV written out). The
 * Suomi.fi terms stay as Suomi.fi writes them (valtuus, valtuuspyyntö, valtuusasia,
 * valtuuttaja; fullmakt, begäran om fullmakt, fullmaktsärende, fullmaktsgivare; mandate,
 * mandate request, mandate theme, assignor), because the person meets them on the next
 * page. The answers to the question are the term list's, as at the standard level.
 *
 * A lazy chunk: the entry loads it only when the easy level is asked for (messages.ts).
 * It imports nothing at run time, so that it is a file of its own in the CDN build too:
 * core's `plural` comes in as an argument.
 */
export function onBehalf(
  plural: typeof Plural
): LevelCatalog<OnBehalfMessages> {
  const fi: OnBehalfMessages = {
    question: "Kenen puolesta asioit?",
    questionHint: "",
    self: "Omasta puolestani",
    selfHint: "Hoidat omaa asiaasi. Et tarvitse valtuutta.",
    person: "Toisen ihmisen puolesta",
    personHint:
      "Esimerkiksi äitisi, isäsi tai aikuisen lapsesi puolesta. Tarvitset häneltä valtuuden. Valtuus annetaan Suomi.fi-valtuuksissa. Sen jälkeen valitset ihmisen, jonka asiaa hoidat.",
    organisation: "Yrityksen tai yhteisön puolesta",
    organisationHint:
      "Esimerkiksi yrityksen, taloyhtiön tai yhdistyksen puolesta. Tarvitset yleensä siltä valtuuden. Valtuus annetaan Suomi.fi-valtuuksissa. Sen jälkeen valitset yrityksen tai yhteisön.",
    mandateThemes: (n) =>
      plural("fi", n, {
        one: "Tarvitset valtuuden tähän valtuusasiaan:",
        other: "Tarvitset valtuuden näihin valtuusasioihin:",
      }),
    guardian:
      "Oletko alle 18-vuotiaan lapsen huoltaja? Silloin et yleensä tarvitse valtuutta lapsen asioihin.",
    rolesWithoutMandate: (n) =>
      plural("fi", n, {
        one: "Et tarvitse valtuutta, jos sinulla on tämä tehtävä:",
        other: "Et tarvitse valtuutta, jos sinulla on jokin näistä tehtävistä:",
      }),
    errorPrefix: "Virhe:",
    errorRequired: "Valitse, kenen asiaa hoidat.",
    continue: "Jatka",
    noMandate: "Minulla ei ole valtuutta",
    noMandateRequest:
      "Pyydä valtuutta siltä, jonka asiaa haluat hoitaa. Voit pyytää valtuutta Suomi.fi-valtuuksissa. Sinun pitää olla vähintään 18-vuotias. Valtuus on voimassa, kun valtuuttaja on vahvistanut sen.",
    noMandateRequestLink: "Tee valtuuspyyntö",
    noMandateOffline:
      "Ehkä valtuuttaja ei osaa käyttää verkkopalveluja. Silloin hän voi vahvistaa valtuuden Digi- ja väestötietoviraston palvelupisteessä. Valtuuden voi antaa myös paperilla.",
    noMandateServicePointLink: "Etsi Digi- ja väestötietoviraston palvelupiste",
    noMandateApplicationLink: "Näin annat valtuuden paperilla",
    noMandateNoReason:
      "Palvelu kertoo vain, voitko hoitaa toisen asiaa. Palvelu ei kerro, miksi et voi.",
    noMandateAltChannel: "Voit hoitaa asian myös muulla tavalla.",
    noMandateAltChannelLink: "Katso muut tavat hoitaa asia",
    lastChoice: "Valitsit tämän viime kerralla.",
    noMandateThemes: (n) =>
      plural("fi", n, {
        one: "Pyydä valtuutta tähän valtuusasiaan:",
        other: "Pyydä valtuutta näihin valtuusasioihin:",
      }),
    guardianPathHeading: "Alle 18-vuotiaan lapsen huoltaja",
    guardianPath: (choice) =>
      `Et yleensä tarvitse valtuutta. Valitse ”${choice}”. Valitse sitten lapsi. Lapsi ei voi antaa valtuutta. Siksi et tarvitse valtuuspyyntöä.`,
    guardianPathLink: "Näin hoidat lapsen asioita",
    courtGuardianPathHeading: "Edunvalvoja tai edunvalvontavaltuutettu",
    courtGuardianPath: (choice) =>
      `Voit yleensä hoitaa päämiehesi raha-asioita ilman valtuutta. Valitse ”${choice}”. Valitse sitten päämiehesi. Onko edunvalvojia monta? Koskeeko tehtäväsi vain osaa omaisuudesta? Silloin hoida asia muulla tavalla.`,
    courtGuardianPathLink: "Näin hoidat asioita edunvalvojana",
  };

  const sv: OnBehalfMessages = {
    question: "För vem sköter du ärendet?",
    questionHint: "",
    self: "För mig själv",
    selfHint: "Du sköter ditt eget ärende. Du behöver ingen fullmakt.",
    person: "För en annan person",
    personHint:
      "Till exempel för din mamma, din pappa eller ditt vuxna barn. Du behöver en fullmakt från personen. Fullmakten ges i Suomi.fi-fullmakter. Sedan väljer du personen.",
    organisation: "För ett företag eller en sammanslutning",
    organisationHint:
      "Till exempel för ett företag, ett bostadsaktiebolag eller en förening. Oftast behöver du en fullmakt från företaget eller sammanslutningen. Fullmakten ges i Suomi.fi-fullmakter. Sedan väljer du företaget eller sammanslutningen.",
    mandateThemes: (n) =>
      plural("sv", n, {
        one: "Du behöver en fullmakt för det här fullmaktsärendet:",
        other: "Du behöver en fullmakt för de här fullmaktsärendena:",
      }),
    guardian:
      "Är du vårdnadshavare för ett barn under 18 år? Då behöver du oftast ingen fullmakt för barnets ärenden.",
    rolesWithoutMandate: (n) =>
      plural("sv", n, {
        one: "Du behöver ingen fullmakt om du har den här uppgiften:",
        other: "Du behöver ingen fullmakt om du har en av de här uppgifterna:",
      }),
    errorPrefix: "Fel:",
    errorRequired: "Välj för vem du sköter ärendet.",
    continue: "Fortsätt",
    noMandate: "Jag har ingen fullmakt",
    noMandateRequest:
      "Be om en fullmakt från den som du vill sköta ärendet för. Du kan be om fullmakt i Suomi.fi-fullmakter. Du måste vara minst 18 år. Fullmakten är giltig när fullmaktsgivaren har bekräftat den.",
    noMandateRequestLink: "Skicka en begäran om fullmakt",
    noMandateOffline:
      "Kanske kan fullmaktsgivaren inte använda e-tjänster. Då kan hen bekräfta fullmakten på en servicepunkt hos Myndigheten för digitalisering och befolkningsdata. Fullmakten kan också ges på papper.",
    noMandateServicePointLink:
      "Hitta en servicepunkt hos Myndigheten för digitalisering och befolkningsdata",
    noMandateApplicationLink: "Så ger man fullmakt på papper",
    noMandateNoReason:
      "Tjänsten säger bara om du kan sköta ärendet för någon annan. Tjänsten säger inte varför du inte kan.",
    noMandateAltChannel: "Du kan också sköta ärendet på ett annat sätt.",
    noMandateAltChannelLink: "Se andra sätt att sköta ärendet",
    lastChoice: "Du valde det här förra gången.",
    noMandateThemes: (n) =>
      plural("sv", n, {
        one: "Be om fullmakt för det här fullmaktsärendet:",
        other: "Be om fullmakt för de här fullmaktsärendena:",
      }),
    guardianPathHeading: "Vårdnadshavare för ett barn under 18 år",
    guardianPath: (choice) =>
      `Du behöver oftast ingen fullmakt. Välj ”${choice}”. Välj sedan barnet. Ett barn kan inte ge fullmakt. Därför behövs ingen begäran om fullmakt.`,
    guardianPathLink: "Så sköter du ärenden för ett barn",
    courtGuardianPathHeading:
      "Intressebevakare eller fullmäktig enligt en intressebevakningsfullmakt",
    courtGuardianPath: (choice) =>
      `Du kan oftast sköta din huvudmans pengar utan en särskild fullmakt. Välj ”${choice}”. Välj sedan din huvudman. Finns det flera intressebevakare? Gäller ditt uppdrag bara en del av egendomen? Sköt då ärendet på ett annat sätt.`,
    courtGuardianPathLink: "Så sköter du ärenden som intressebevakare",
  };

  const en: OnBehalfMessages = {
    question: "Who are you doing this for?",
    questionHint: "",
    self: "For myself",
    selfHint: "This is your own matter. You do not need a mandate.",
    person: "For another person",
    personHint:
      "For example for your mother, your father or your adult child. You need a mandate from them. The mandate is given in Suomi.fi e-Authorizations. Next you choose the person.",
    organisation: "For a company or organisation",
    organisationHint:
      "For example for a company, a housing company or a club. You usually need a mandate from it. The mandate is given in Suomi.fi e-Authorizations. Next you choose the company or organisation.",
    mandateThemes: (n) =>
      plural("en", n, {
        one: "You need a mandate for this mandate theme:",
        other: "You need a mandate for these mandate themes:",
      }),
    guardian:
      "Are you the guardian of a child under 18? Then you usually do not need a mandate for the child.",
    rolesWithoutMandate: (n) =>
      plural("en", n, {
        one: "You do not need a mandate if you have this role:",
        other: "You do not need a mandate if you have one of these roles:",
      }),
    errorPrefix: "Error:",
    errorRequired: "Choose who you are doing this for.",
    continue: "Continue",
    noMandate: "I do not have a mandate",
    noMandateRequest:
      "Ask for a mandate from the person or organisation you want to help. You can ask in Suomi.fi e-Authorizations. You must be 18 or older. The mandate is valid once the assignor has confirmed it. The assignor is the one who gives the mandate.",
    noMandateRequestLink: "Send a mandate request",
    noMandateOffline:
      "Maybe the assignor cannot use e-services. Then they can confirm the mandate at a service point of the Digital and Population Data Services Agency. A mandate can also be given on paper.",
    noMandateServicePointLink:
      "Find a service point of the Digital and Population Data Services Agency",
    noMandateApplicationLink: "How to give a mandate on paper",
    noMandateNoReason:
      "The service only tells you if you can act for someone. It does not tell you why you cannot.",
    noMandateAltChannel: "You can also do this another way.",
    noMandateAltChannelLink: "See other ways to do this",
    lastChoice: "You chose this last time.",
    noMandateThemes: (n) =>
      plural("en", n, {
        one: "Ask for a mandate for this mandate theme:",
        other: "Ask for a mandate for these mandate themes:",
      }),
    guardianPathHeading: "Guardian of a child under 18",
    guardianPath: (choice) =>
      `You usually do not need a mandate. Choose “${choice}”. Then choose the child. A child cannot give a mandate. So you do not need a mandate request.`,
    guardianPathLink: "How to act for a child",
    courtGuardianPathHeading:
      "Court-appointed guardian or attorney under a continuing power of attorney",
    courtGuardianPath: (choice) =>
      `You can usually deal with your client’s money matters without a separate mandate. Choose “${choice}”. Then choose your client. Is there more than one guardian? Does your task cover only part of the property? Then do this another way.`,
    courtGuardianPathLink: "How to act as a guardian",
  };

  return { en, fi, sv };
}
