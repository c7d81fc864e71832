import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '@auta/alt-channel/define.js';
import { altChannelCatalog, type AltChannel, type AltChannelMessages, type NoticeVariant } from '@auta/alt-channel';
import { defaultText } from '../copy.js';
import { allChannels, digitalSupport, email, errands, longChannels, mail, minimalChannels, phone, serviceDesk, storyNow } from './sample-channels.js';

type Args = {
  variant: NoticeVariant;
  errand: string;
  headingLevel: number;
  outageFrom: string;
  outageTo: string;
  finderHref: string;
  channels: AltChannel[];
};

/** The errand in the story's language, unless the Controls panel sets one. */
function errandFor(args: Args, context: StoryContext): string {
  const lang = (context.parameters.lang ?? context.globals.lang ?? 'fi') as keyof typeof errands;
  return args.errand || errands[lang] || errands.fi;
}

const render = (args: Args, context: StoryContext) => html`
  <auta-alt-channel-notice
    variant=${args.variant}
    errand=${errandFor(args, context)}
    heading-level=${args.headingLevel}
    outage-from=${args.outageFrom || nothing}
    outage-to=${args.outageTo || nothing}
    finder-href=${args.finderHref || nothing}
    .channels=${args.channels}
    .now=${storyNow}
    @auta-help-action=${(e: Event) => e.preventDefault()}
  ></auta-alt-channel-notice>
`;

const meta: Meta<Args> = {
  title: 'Patterns/Alternative-channel notice',
  component: 'auta-alt-channel-notice',
  render,
  args: {
    variant: 'callout',
    errand: '',
    headingLevel: 2,
    outageFrom: '2026-05-12T18:00+03:00',
    outageTo: '2026-05-13T08:00+03:00',
    finderHref: '',
    channels: allChannels,
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['inline', 'callout', 'outage'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    errand: { control: 'text', description: 'Empty: the sample errand in the page language.' },
    channels: { control: 'object' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'How to do this without the e-service: by phone, at a service point, by post, by email, or with digital support — always in that order. The sample data is fictional; the clock is fixed at Tuesday 12 May 2026, 10.30 Finnish time.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Callout: Story = {};
export const Inline: Story = { args: { variant: 'inline' } };
export const Outage: Story = { args: { variant: 'outage' } };
export const OutageWithoutEndTime: Story = { name: 'Outage, no end time', args: { variant: 'outage', outageTo: '' } };

export const PhoneOnly: Story = { name: 'Channel: phone', args: { channels: [phone] } };
export const ServiceDeskOnly: Story = { name: 'Channel: service point', args: { channels: [serviceDesk] } };
export const MailOnly: Story = { name: 'Channel: post and printable form', args: { channels: [mail] } };
export const EmailOnly: Story = { name: 'Channel: email and secure message', args: { channels: [email] } };
export const DigitalSupportOnly: Story = { name: 'Channel: digital support', args: { channels: [digitalSupport] } };
export const DigitalSupportFromFinderHref: Story = {
  name: 'Digital support from finder-href',
  args: { channels: [phone], finderHref: 'https://example.com/digituki' },
};

export const LongContent: Story = { name: 'Long content', args: { channels: longChannels } };
export const MissingOptionalFields: Story = { name: 'Missing optional fields', args: { channels: minimalChannels, variant: 'inline' } };
export const HeadingLevel3: Story = { name: 'Heading level 3', args: { headingLevel: 3 } };

export const Finnish: Story = { name: 'Language: suomi', parameters: { lang: 'fi' } };
export const Swedish: Story = { name: 'Language: svenska', parameters: { lang: 'sv' } };
export const English: Story = { name: 'Language: English', parameters: { lang: 'en' } };
export const OutageSwedish: Story = { name: 'Outage, svenska', args: { variant: 'outage' }, parameters: { lang: 'sv' } };
export const OutageEnglish: Story = { name: 'Outage, English', args: { variant: 'outage' }, parameters: { lang: 'en' } };

export const Dark: Story = { name: 'Dark theme', parameters: { theme: 'dark' } };
export const DarkOutage: Story = { name: 'Dark theme, outage', args: { variant: 'outage' }, parameters: { theme: 'dark' } };

export const Narrow: Story = {
  name: '320 px wide',
  render: (args, context) => html`<div style=${styleMap({ maxWidth: '320px' })}>${render(args, context)}</div>`,
};

/** The notice's own words in Finnish, for the HTML-first story (from the catalog, the one source). */
const fi = (key: keyof AltChannelMessages & string) => defaultText(altChannelCatalog, 'fi', key);

/** The author's own HTML, written in another order; the notice shows it in the fixed order. */
export const HtmlFirst: Story = {
  name: 'HTML first',
  parameters: { lang: 'fi' },
  render: () => html`
    <auta-alt-channel-notice errand="Hae asumistukea" variant="callout" finder-href="https://example.com/digituki">
      <h2 slot="heading">Hae asumistukea muulla tavalla</h2>
      <section slot="mail">
        <h3>${fi('mail')}</h3>
        <p><a href="https://example.com/lomakkeet/asumistuki.pdf">${fi('formLink')}</a>, täytä se ja lähetä se osoitteeseen:</p>
        <p>Esimerkkivirasto, asumistuki<br />PL 450<br />00101 Helsinki</p>
      </section>
      <section slot="phone">
        <h3>${fi('phone')}</h3>
        <p><a href="tel:+35890103456">09 010 3456</a></p>
        <p>${fi('localCharge')}</p>
        <p>Puhelinaika maanantaista perjantaihin kello 9–16.</p>
      </section>
      <section slot="service-desk">
        <h3>${fi('service-desk')}</h3>
        <p>Palvelupiste Esimerkkilä, Esimerkkikatu 1 A, 00100 Helsinki.</p>
        <p>${fi('bookingRequired')} <a href="https://example.com/ajanvaraus">${fi('bookingLink')}</a></p>
      </section>
    </auta-alt-channel-notice>
  `,
};

/** Bad data: warnings in the browser console name each field; what is valid is still shown. */
export const InvalidData: Story = {
  name: 'Invalid data (see the console)',
  args: {
    variant: 'inline',
    channels: [
      { kind: 'fax' },
      { kind: 'phone', phoneNumbers: [{ number: '12' }, { number: '09 010 3456' }] },
      { kind: 'mail', formUrl: 'javascript:alert(1)', name: '<img src=x onerror=alert(1)> Esimerkkivirasto', addresses: [{ postOfficeBox: '450', postalCode: '00101', postOffice: 'Helsinki' }] },
    ] as unknown as AltChannel[],
  },
};
