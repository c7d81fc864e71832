import type { plural as Plural } from '@auta/core';
import type { OnBehalfMessages } from './messages.js';

/*
 * English copy. Data only, with no import at run time (what it needs is handed in): the
 * element loads it as a chunk of its own; `lang/en.js` registers it for pages and servers
 * that import it up front.
 */
export function onBehalf(plural: typeof Plural): OnBehalfMessages {
  return {
    question: 'Who are you doing this for?',
    questionHint: '',
    self: 'For myself',
    selfHint: 'You are dealing with your own matter. You do not need a mandate.',
    person: 'For another person',
    personHint:
      'For example your elderly parent, your adult child or someone else close to you. You need a mandate from them in Suomi.fi e-Authorizations. Next you choose the person you are acting for.',
    organisation: 'For a company or organisation',
    organisationHint:
      'For example a company, a housing company or an association. You usually need a mandate from it in Suomi.fi e-Authorizations. Next you choose the company or organisation.',
    mandateThemes: (n) => plural('en', n, { one: 'The mandate must cover this mandate theme:', other: 'The mandate must cover these mandate themes:' }),
    guardian: 'If you are the guardian of a child under 18, you can usually act for the child without a mandate.',
    rolesWithoutMandate: (n) =>
      plural('en', n, { one: 'You do not need a mandate if you have this role:', other: 'You do not need a mandate if you have one of these roles:' }),
    errorPrefix: 'Error:',
    errorRequired: 'Select who you are doing this for.',
    continue: 'Continue',
    noMandate: 'I do not have a mandate',
    noMandateRequest:
      'Ask the person, company or organisation you want to act for to give you a mandate. You can send a mandate request in Suomi.fi e-Authorizations if you are 18 or older. The mandate is valid once the assignor (principal) has confirmed it.',
    noMandateRequestLink: 'Send a mandate request',
    noMandateOffline:
      'If the assignor cannot use e-services, they can confirm the mandate request at a service point of the Digital and Population Data Services Agency (DVV). A mandate can also be given by a paper application.',
    noMandateServicePointLink: 'Find a DVV service point',
    noMandateApplicationLink: 'Giving a mandate by application',
    noMandateNoReason: 'The service only tells you whether you can act for someone. If you cannot, it does not tell you why.',
    noMandateAltChannel: 'You can also do this another way.',
    noMandateAltChannelLink: 'See other ways to do this',
    lastChoice: 'You chose this last time.',
    noMandateThemes: (n) => (n === 1 ? 'Ask for a mandate for this mandate theme:' : 'Ask for a mandate for these mandate themes:'),
    guardianPathHeading: 'Guardian of a child under 18',
    guardianPath: (choice) =>
      `You usually do not need a mandate. Choose “${choice}” and then the child. A child under 18 cannot give a mandate, so no mandate request is needed.`,
    guardianPathLink: 'Acting on behalf of a child',
    courtGuardianPathHeading: 'Court-appointed guardian or attorney under a continuing power of attorney',
    courtGuardianPath: (choice) =>
      `You can usually manage your client’s financial affairs without a separate mandate. Choose “${choice}” and then your client. If there is more than one guardian, or your task covers only part of the property, do this another way.`,
    courtGuardianPathLink: 'Acting as a guardian',
  };
}
