import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@auta/alt-channel/define.js';
import '@auta/help/define.js';
import { helpCatalog, type HelpMessages, type CustomerServiceChannel, type NearestSupport, type SelfHelpLink } from '@auta/help';
import { defaultText } from '../copy.js';
import { chat, contactForm, customerService, nearestSupport, phone, secureMessage, selfHelp, storyNow } from './help-data.js';

type Args = {
  headingLevel: number;
  channels: CustomerServiceChannel[];
  selfHelp: SelfHelpLink[];
  nearestSupport?: NearestSupport;
  finderHref: string;
  otherWaysHref: string;
  languageLevel: '' | 'easy';
};

const render = (args: Args) => html`
  <auta-help
    heading-level=${args.headingLevel}
    language-level=${args.languageLevel || nothing}
    finder-href=${args.finderHref || nothing}
    other-ways-href=${args.otherWaysHref || nothing}
    .channels=${args.channels}
    .selfHelp=${args.selfHelp}
    .nearestSupport=${args.nearestSupport}
    .now=${storyNow}
    @auta-help-action=${(e: Event) => e.preventDefault()}
  ></auta-help>
`;

const meta: Meta<Args> = {
  title: 'Patterns/Help block',
  component: 'auta-help',
  render,
  args: {
    headingLevel: 2,
    channels: customerService,
    selfHelp,
    nearestSupport,
    finderHref: 'https://example.com/digituki',
    otherWaysHref: 'https://example.com/muut-tavat',
    languageLevel: '',
  },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    languageLevel: { control: 'inline-radio', options: ['', 'easy'] },
    channels: { control: 'object' },
    selfHelp: { control: 'object' },
    nearestSupport: { control: 'object' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The help block for every page of an e-service: customer service, self-help, digital support and the other ways to do the errand — always in that order (WCAG 2.2 SC 3.2.6). Put it in the same place on every page, usually after the main content, before the footer. The sample data is fictional; the clock is fixed at Tuesday 12 May 2026, 10.30 Finnish time.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Full: Story = { name: 'Every mechanism' };
export const CustomerServiceOnly: Story = { name: 'Customer service only', args: { selfHelp: [], nearestSupport: undefined, finderHref: '', otherWaysHref: '' } };
export const PhoneOnly: Story = { name: 'Phone only', args: { channels: [phone], selfHelp: [], nearestSupport: undefined, finderHref: '', otherWaysHref: '' } };
export const ChatClosed: Story = {
  name: 'Chat closed, next opening',
  args: { channels: [{ ...chat, availability: { state: 'closed', nextOpening: '2026-05-13T09:00+03:00' } }], selfHelp: [], otherWaysHref: '' },
};
export const QueueOpen: Story = { name: 'Phone queue open', args: { channels: [{ ...phone, availability: { state: 'open' } }] } };
export const WrittenChannels: Story = { name: 'Form and secure message (response times)', args: { channels: [contactForm, secureMessage] } };
export const SelfHelpAndOtherWays: Story = { name: 'No customer service: self-help and other ways', args: { channels: [] } };
export const FinderLinkOnly: Story = { name: 'Digital support: link to the finder', args: { channels: [phone], nearestSupport: undefined } };
export const NearestLineOnly: Story = { name: 'Digital support: nearest support line', args: { channels: [phone], finderHref: '' } };
export const Easy: Story = { name: 'Easy-to-read (selkokieli)', args: { languageLevel: 'easy' } };
export const EasySwedish: Story = { name: 'Easy-to-read, lättläst', args: { languageLevel: 'easy' }, parameters: { lang: 'sv' } };
export const EasyEnglish: Story = { name: 'Easy-to-read, easy English', args: { languageLevel: 'easy' }, parameters: { lang: 'en' } };
export const Finnish: Story = { name: 'Language: suomi', parameters: { lang: 'fi' } };
export const Swedish: Story = { name: 'Language: svenska', parameters: { lang: 'sv' } };
export const English: Story = { name: 'Language: English', parameters: { lang: 'en' } };
export const Dark: Story = { name: 'Dark theme', parameters: { theme: 'dark' } };
export const HeadingLevel3: Story = { name: 'Heading level 3', args: { headingLevel: 3 } };
export const Narrow: Story = { name: '320 px wide', render: (args) => html`<div style="max-width: 320px">${render(args)}</div>` };

/** The block's own words in Finnish, for the HTML-first story (from the catalog, the one source). */
const fi = (key: keyof HelpMessages & string) => defaultText(helpCatalog, 'fi', key);

/** The author's own HTML, written in another order; the block shows it in the fixed order, and it reads the same without JavaScript. */
export const HtmlFirst: Story = {
  name: 'HTML first',
  parameters: { lang: 'fi' },
  render: () => html`
    <auta-help @auta-help-action=${(e: Event) => e.preventDefault()}>
      <section slot="other-ways">
        <h3>${fi('other-ways')}</h3>
        <p><a href="https://example.com/muut-tavat">${fi('otherWaysLink')}</a></p>
      </section>
      <section slot="customer-service">
        <h3>${fi('customer-service')}</h3>
        <p><a href="tel:+35890103456" data-auta-help="phone">09 010 3456</a></p>
        <p>Maanantaista perjantaihin kello 9–16. ${fi('localCharge')}</p>
      </section>
      <section slot="self-help">
        <h3>${fi('self-help')}</h3>
        <p><a href="https://example.com/ohjeet" data-auta-help="instructions">${fi('instructions')}</a></p>
      </section>
    </auta-help>
  `,
};

/** The other ways as an embedded notice instead of a link. */
export const EmbeddedNotice: Story = {
  name: 'Other ways: embedded notice',
  render: () => html`
    <auta-help .channels=${[phone]} .now=${storyNow} @auta-help-action=${(e: Event) => e.preventDefault()}>
      <auta-alt-channel-notice
        slot="other-ways"
        heading-level="3"
        .channels=${[{ kind: 'mail', formUrl: 'https://example.com/lomakkeet/asumistuki.pdf', addresses: [{ postOfficeBox: '450', postalCode: '00101', postOffice: 'Helsinki' }] }]}
      ></auta-alt-channel-notice>
    </auta-help>
  `,
};

/** Bad data: warnings in the browser console name each field; what is valid is still shown. */
export const InvalidData: Story = {
  name: 'Invalid data (see the console)',
  args: {
    channels: [{ kind: 'fax' }, { kind: 'chat', url: 'javascript:alert(1)' }, { ...phone, name: '<img src=x onerror=alert(1)> Palvelunumero' }] as unknown as CustomerServiceChannel[],
    selfHelp: [{ kind: 'faq', url: 'javascript:alert(1)' }] as SelfHelpLink[],
  },
};
