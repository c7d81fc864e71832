import { plural } from '@auta/core';
import type { OnBehalfMessages } from './messages.js';

/*
 * Northern Sámi (davvisámegiella, `se`) copy of `<auta-on-behalf-entry>`: a DRAFT awaiting
 * review by a native speaker (docs/content/northern-sami.md). Standard level only; the
 * easy-to-read level falls back to these texts.
 *
 * Terms follow Suomi.fi e-Authorizations' glossary (suomi.fi/ohjeet-ja-tuki/valtuudet,
 * "Valtuuksien sanasto") rendered with the Giellatekno/Divvun dictionaries (sátnegirji.org)
 * and Giellatekno's Northern Sámi corpus ("fápmudusskovvi", power-of-attorney form):
 * valtuus fápmudus, Suomi.fi-valtuudet Suomi.fi-fápmudusat, valtuusasia fápmudusášši,
 * valtuuspyyntö fápmudusbivdu, valtuuttaja fápmudeaddji, huoltaja fuolaheaddji,
 * edunvalvoja beroštumiidgoziheaddji, päämies váldoolmmoš. The facts are those of the
 * Finnish copy: only an adult gives or asks for a mandate; it is valid once confirmed.
 */
export const onBehalf: OnBehalfMessages = {
  question: 'Gean ovddas doaimmahat ášši?',
  questionHint: '',
  self: 'Iežan ovddas',
  selfHint: 'Doaimmahat iežat ášši. It dárbbaš fápmudusa.',
  person: 'Eará olbmo ovddas',
  personHint:
    'Ovdamearkka dihte du boarrásis váhnema, du rávis máná dahje eará lagaš olbmo ovddas. Dárbbašat sus fápmudusa Suomi.fi-fápmudusain. Dasto válljet olbmo, gean ovddas doaimmahat ášši.',
  organisation: 'Fitnodaga dahje searvvuša ovddas',
  organisationHint:
    'Ovdamearkka dihte fitnodat, dálloservi dahje searvi. Dábálaččat dárbbašat das fápmudusa Suomi.fi-fápmudusain. Dasto válljet fitnodaga dahje searvvuša.',
  mandateThemes: (n) => plural('se', n, { one: 'Fápmudus galgá guoskat dán fápmudusáššái:', other: 'Fápmudus galgá guoskat dáid fápmudusáššiide:' }),
  guardian: 'Jus leat vuollel 18-jahkásaš máná fuolaheaddji, sáhtát dábálaččat doaimmahit áššiid su ovddas fápmudusa haga.',
  rolesWithoutMandate: (n) =>
    plural('se', n, { one: 'It dárbbaš fápmudusa, jus dus lea dát rolla:', other: 'It dárbbaš fápmudusa, jus dus lea okta dáin rollain:' }),
  errorPrefix: 'Meattáhus:',
  errorRequired: 'Vállje, gean ovddas doaimmahat ášši.',
  continue: 'Joatkke',
  noMandate: 'Mus ii leat fápmudus',
  noMandateRequest:
    'Bivdde fápmudusa dan olbmos, fitnodagas dahje searvvušis, gean ovddas háliidat doaimmahit ášši. Sáhtát sáddet fápmudusbivddu Suomi.fi-fápmudusain, jus leat deavdán 18 jagi. Fápmudus lea fámus, go fápmudeaddji lea nannen dan.',
  noMandateRequestLink: 'Dagat fápmudusbivddu',
  noMandateOffline:
    'Jus fápmudeaddji ii sáhte ieš geavahit neahttabálvalusaid, son sáhttá nannet fápmudusbivddu Digi- ja álbmotdiehtovirgedoaimmahaga (DVV) bálvalanbáikkis. Fápmudusa sáhttá addit maiddái bábirohcamušain.',
  noMandateServicePointLink: 'Oza DVV bálvalanbáikki',
  noMandateApplicationLink: 'Fápmudeapmi ohcamušain',
  noMandateNoReason: 'Bálvalus muitala dušše, sáhtátgo doaimmahit ášši nuppi ovddas. Jus it sáhte, bálvalus ii muital sivva.',
  noMandateAltChannel: 'Sáhtát doaimmahit ášši maiddái eará láhkai.',
  noMandateAltChannelLink: 'Geahča eará doaimmahanvugiid',
  lastChoice: 'Válljejit dán maŋimuš háve.',
  noMandateThemes: (n) => plural('se', n, { one: 'Bivdde fápmudusa dán fápmudusáššái:', other: 'Bivdde fápmudusa dáid fápmudusáššiide:' }),
  guardianPathHeading: 'Vuollel 18-jahkásaš máná fuolaheaddji',
  guardianPath: (choice) =>
    `Dábálaččat it dárbbaš fápmudusa. Vállje ”${choice}” ja dan maŋŋá máná. Vuollel 18-jahkásaš ii sáhte addit fápmudusa, nu ahte fápmudusbivdu ii dárbbašuvvo.`,
  guardianPathLink: 'Máná ovddas doaimmaheapmi',
  courtGuardianPathHeading: 'Beroštumiidgoziheaddji dahje beroštumiidgozihanfápmuduvvon',
  courtGuardianPath: (choice) =>
    `Dábálaččat sáhtát doaimmahit du váldoolbmo ruhtaáššiid sierra fápmudusa haga. Vállje ”${choice}” ja dan maŋŋá du váldoolbmo. Jus beroštumiidgoziheaddjit leat eanet go okta dahje du bargu guoská dušše oassái opmodagas, doaimmat ášši eará láhkai.`,
  courtGuardianPathLink: 'Doaimmaheapmi beroštumiidgoziheaddjin',
};
