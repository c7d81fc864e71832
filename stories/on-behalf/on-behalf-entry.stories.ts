import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { AutaOnBehalfEntry } from '@auta/on-behalf';
import '@auta/on-behalf/define.js';
import { SAMPLE_ROLES, SAMPLE_THEMES } from './samples.js';


type Args = {
  options: string;
  required: boolean;
  disabled: boolean;
  'heading-level': number;
  'hide-continue': boolean;
  'hide-guardian-path': boolean;
  value: string;
  themes: boolean;
};

const entry = (args: Args) =>
  html`<auta-on-behalf-entry
    name="actingAs"
    options=${args.options || nothing}
    value=${args.value || nothing}
    heading-level=${args['heading-level'] || nothing}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?hide-continue=${args['hide-continue']}
    ?hide-guardian-path=${args['hide-guardian-path']}
    .mandateThemes=${args.themes ? SAMPLE_THEMES : []}
    .rolesWithoutMandate=${args.themes ? SAMPLE_ROLES : []}
    request-mandate-url="https://example.com/sample/mandate-request"
    service-point-url="https://example.com/sample/service-points"
    application-url="https://example.com/sample/mandate-by-application"
  ></auta-on-behalf-entry>`;

const element = (canvas: HTMLElement) => canvas.querySelector('auta-on-behalf-entry') as AutaOnBehalfEntry;

const meta: Meta<Args> = {
  title: 'Patterns/On-behalf entry',
  component: 'auta-on-behalf-entry',
  render: entry,
  args: {
    options: 'self person organisation',
    required: true,
    disabled: false,
    'heading-level': 0,
    'hide-continue': false,
    'hide-guardian-path': false,
    value: '',
    themes: false,
  },
  argTypes: {
    options: { control: 'text', description: 'The choices offered, in order: any of `self person organisation`.' },
    value: { control: 'select', options: ['', 'self', 'person', 'organisation'], description: 'The default choice (a returning user’s answer).' },
    'heading-level': { control: { type: 'number', min: 0, max: 6 }, description: 'Makes the question a heading of this level; 0: none.' },
    themes: { control: 'boolean', description: 'Story only: set sample `mandateThemes` and `rolesWithoutMandate`.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The entry an e-service shows before it starts: act for myself, for another person or for a company or organisation, in Suomi.fi e-Authorizations terms. One group of native radio buttons, a hint for each choice, help for users without a mandate. It is form-associated: its choice submits with the form. All sample data is fictional.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const AllThree: Story = { name: 'All three choices' };

export const SelfAndPerson: Story = { name: 'Only myself and another person', args: { options: 'self person' } };

export const OnlyOrganisation: Story = {
  name: 'Only a company or organisation',
  args: { options: 'organisation', themes: true },
};

export const PersonAndOrganisation: Story = { name: 'Only for someone else', args: { options: 'person organisation', themes: true } };

export const WithMandateThemes: Story = {
  name: 'With mandate themes, guardians and roles',
  args: { themes: true },
};

export const Finnish: Story = { name: 'Suomeksi', args: { themes: true }, parameters: { lang: 'fi' } };
export const Swedish: Story = { name: 'På svenska', args: { themes: true }, parameters: { lang: 'sv' } };
export const English: Story = { name: 'In English', args: { themes: true }, parameters: { lang: 'en' } };

export const Dark: Story = { name: 'Dark theme', args: { themes: true }, parameters: { theme: 'dark' } };

export const Narrow: Story = {
  name: '320 px wide',
  args: { themes: true },
  render: (args) => html`<div style=${styleMap({ maxWidth: '320px' })}>${entry(args)}</div>`,
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

export const ErrorState: Story = {
  name: 'Error: nothing chosen',
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await el.updateComplete;
    el.reportValidity();
    await el.updateComplete;
  },
};

export const NoMandateOpen: Story = {
  name: 'I do not have a mandate (open)',
  args: { options: 'person organisation' },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    await el.updateComplete;
    el.shadowRoot!.querySelector('details')!.open = true;
    await el.updateComplete;
  },
};

export const ReturningUser: Story = {
  name: 'Returning user: choice pre-selected',
  args: { value: 'person', themes: true },
};

export const Disabled: Story = { args: { disabled: true, value: 'self' } };

export const QuestionAsPageHeading: Story = { name: 'Question as the page heading', args: { 'heading-level': 1 } };

export const WithoutGuardianPath: Story = {
  name: 'Without the guardians’ line (hide-guardian-path)',
  args: { 'hide-guardian-path': true, options: 'self person' },
};

export const EasyToRead: Story = {
  name: 'Easy-to-read (selkokieli)',
  args: { themes: true },
  render: (args) => html`<div data-auta-language-level="easy">${entry(args)}</div>`,
};
export const EasyToReadSwedish: Story = { ...EasyToRead, name: 'Easy-to-read, lättläst', parameters: { lang: 'sv' } };
export const EasyToReadEnglish: Story = { ...EasyToRead, name: 'Easy-to-read, easy English', parameters: { lang: 'en' } };

export const OwnCopy: Story = {
  name: 'Own question and hint',
  render: (args) => html`${entry(args)}`,
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    el.messages = {
      fi: { question: 'Kenen rakennuslupaa haet?', questionHint: 'Voit hakea lupaa myös taloyhtiön puolesta.' },
      sv: { question: 'För vem söker du bygglov?', questionHint: 'Du kan också söka lov för ett bostadsaktiebolag.' },
      en: { question: 'Who are you applying for a building permit for?', questionHint: 'You can also apply for a housing company.' },
      // The same at the easy-to-read level (the toolbar's "Language level").
      easy: {
        fi: { question: 'Kenelle haet rakennuslupaa?', questionHint: 'Voit hakea lupaa myös taloyhtiölle.' },
        sv: { question: 'Vem söker du bygglov för?', questionHint: 'Du kan också söka lov för ett bostadsaktiebolag.' },
        en: { question: 'Who is the building permit for?', questionHint: 'You can also apply for a housing company.' },
      },
    };
    await el.updateComplete;
  },
};
