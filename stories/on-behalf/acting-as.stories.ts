import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { ActingAs, ActingAsBasis, AutaActingAs } from '@auta/on-behalf';
import '@auta/on-behalf/define.js';
import './e-service-start-page.css';

// Every person, organisation and business ID here is fictional (the business IDs only have valid check digits).

type Args = {
  'acting-as': ActingAs | '';
  'party-name': string;
  'business-id': string;
  'birth-date': string;
  basis: ActingAsBasis | '';
  'mandate-theme': string;
  'mandate-end': string;
  'switch-href': string;
  'hide-switch': boolean;
};

const line = (args: Args) =>
  html`<auta-acting-as
    acting-as=${args['acting-as'] || nothing}
    party-name=${args['party-name'] || nothing}
    business-id=${args['business-id'] || nothing}
    birth-date=${args['birth-date'] || nothing}
    basis=${args.basis || nothing}
    mandate-theme=${args['mandate-theme'] || nothing}
    mandate-end=${args['mandate-end'] || nothing}
    switch-href=${args['switch-href'] || nothing}
    ?hide-switch=${args['hide-switch']}
  ></auta-acting-as>`;

const element = (canvas: HTMLElement) => canvas.querySelector('auta-acting-as') as AutaActingAs;

const meta: Meta<Args> = {
  title: 'Patterns/Acting as',
  component: 'auta-acting-as',
  render: line,
  args: {
    'acting-as': 'person',
    'party-name': 'Maija Esimerkki',
    'business-id': '',
    'birth-date': '',
    basis: 'mandate',
    'mandate-theme': 'Rakennusluvan hakeminen (esimerkki)',
    'mandate-end': '2027-12-31',
    'switch-href': '',
    'hide-switch': false,
  },
  argTypes: {
    'acting-as': { control: 'select', options: ['', 'self', 'person', 'organisation'] },
    basis: {
      control: 'select',
      options: ['', 'self', 'mandate', 'guardian-of-minor', 'court-appointed-guardian', 'continuing-power-of-attorney', 'registered-representative'],
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The always-visible “acting as” line for an e-service’s header: whom the user acts for, on what basis, and a switch that lets the host start the selection in Suomi.fi e-Authorizations again. Never a personal identity code. All sample data is fictional.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const PersonWithMandate: Story = { name: 'Another person, with a mandate' };
export const PersonWithBirthDate: Story = {
  name: 'Another person, told apart by a birth date',
  args: { 'birth-date': '1950-03-14' },
};
export const Organisation: Story = {
  name: 'Company, registered representative',
  args: { 'acting-as': 'organisation', 'party-name': 'Esimerkki Oy', 'business-id': '1234567-1', basis: 'registered-representative', 'mandate-theme': '', 'mandate-end': '' },
};
export const OrganisationWithMandate: Story = {
  name: 'Company, with a mandate',
  args: { 'acting-as': 'organisation', 'party-name': 'Asunto Oy Esimerkkitalo', 'business-id': '7654321-2' },
};
export const Self: Story = { name: 'For myself', args: { 'acting-as': 'self', 'party-name': '', basis: 'self', 'mandate-theme': '', 'mandate-end': '' } };
export const GuardianOfMinor: Story = {
  name: 'Guardian of a minor',
  args: { 'party-name': 'Eetu Esimerkki', basis: 'guardian-of-minor', 'mandate-theme': '', 'mandate-end': '' },
};
export const CourtAppointedGuardian: Story = {
  name: 'Court-appointed guardian (edunvalvoja)',
  args: { basis: 'court-appointed-guardian', 'mandate-theme': '', 'mandate-end': '' },
};
export const ContinuingPowerOfAttorney: Story = {
  name: 'Continuing power of attorney (edunvalvontavaltuutus)',
  args: { basis: 'continuing-power-of-attorney', 'mandate-theme': '', 'mandate-end': '' },
};
export const SwitchLink: Story = { name: 'Switch as a link (works without JavaScript)', args: { 'switch-href': '#valitse' } };
export const NoSwitch: Story = {
  name: 'No switch (only one option)',
  args: { 'acting-as': 'self', 'party-name': '', basis: 'self', 'hide-switch': true, 'mandate-theme': '', 'mandate-end': '' },
};

export const Finnish: Story = { name: 'Suomeksi', parameters: { lang: 'fi' } };
export const Swedish: Story = { name: 'På svenska', parameters: { lang: 'sv' } };
export const English: Story = { name: 'In English', parameters: { lang: 'en' } };
export const Dark: Story = { name: 'Dark theme', parameters: { theme: 'dark' } };
export const EasyToRead: Story = {
  name: 'Easy-to-read',
  render: (args) => html`<div data-auta-language-level="easy">${line(args)}</div>`,
};

export const Changed: Story = {
  name: 'The party changed (announced once)',
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await el.updateComplete;
    el.actingAs = 'organisation';
    el.partyName = 'Esimerkki Oy';
    el.businessId = '1234567-1';
    el.basis = 'registered-representative';
    await el.updateComplete;
  },
};

/** The line where it belongs: in the e-service's header, here 320 px wide. */
const header = (args: Args) =>
  html`<header class="sample-header sample-header--acting-as">
    <p class="sample-service">Rakennuslupahakemus (esimerkkipalvelu)</p>
    ${line(args)}
  </header>`;

const narrow = { globals: { viewport: { value: 'mobile1', isRotated: false } } };

export const InHeader: Story = { name: 'In a 320 px header', render: header, ...narrow };
export const LongName: Story = {
  name: 'Hostile: a 300-character name, 320 px',
  render: header,
  args: { 'party-name': `Maija ${'Esimerkkiläinen-'.repeat(18)}Esimerkki`.slice(0, 300) },
  ...narrow,
};
export const RightToLeft: Story = {
  name: 'Hostile: a right-to-left name, 320 px',
  render: header,
  args: { 'acting-as': 'organisation', 'party-name': 'שרה כהן בע״מ 1234567-1', 'business-id': '1234567-1', basis: 'mandate' },
  ...narrow,
};
export const HtmlInName: Story = {
  name: 'Hostile: HTML in the name, 320 px',
  render: header,
  args: { 'party-name': '<img src=x onerror=alert(1)><b>Maija</b> Esimerkki' },
  ...narrow,
};
