import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@auta/help/define.js';
import type { AltChannel } from '@auta/alt-channel';
import { unavailableCatalog, type UnavailableMessages, type UnavailableReason } from '@auta/help';
import { defaultText } from '../copy.js';
import { earlyMorning, otherWays, storyNow } from './help-data.js';

type Args = {
  reason: UnavailableReason;
  service: string;
  from: string;
  until: string;
  updatedAt: string;
  opens: string;
  replacementHref: string;
  savedAnswers: '' | 'kept' | 'lost';
  deadlines: '' | 'unchanged' | 'extended';
  deadline: string;
  reference: string;
  finderHref: string;
  channels: AltChannel[];
  now: Date;
  languageLevel: '' | 'easy';
};

const render = (args: Args) => html`
  <auta-service-unavailable
    reason=${args.reason}
    service=${args.service || nothing}
    from=${args.from || nothing}
    until=${args.until || nothing}
    updated-at=${args.updatedAt || nothing}
    opens=${args.opens || nothing}
    replacement-href=${args.replacementHref || nothing}
    saved-answers=${args.savedAnswers || nothing}
    deadlines=${args.deadlines || nothing}
    deadline=${args.deadline || nothing}
    reference=${args.reference || nothing}
    finder-href=${args.finderHref || nothing}
    language-level=${args.languageLevel || nothing}
    .channels=${args.channels}
    .now=${args.now}
    @auta-help-action=${(e: Event) => e.preventDefault()}
  ></auta-service-unavailable>
`;

const meta: Meta<Args> = {
  title: 'Patterns/Service unavailable',
  component: 'auta-service-unavailable',
  render,
  args: {
    reason: 'maintenance',
    service: '',
    from: '2026-05-12T06:00+03:00',
    until: '2026-05-12T18:00+03:00',
    updatedAt: '2026-05-12T08:15+03:00',
    opens: '',
    replacementHref: '',
    savedAnswers: 'kept',
    deadlines: 'unchanged',
    deadline: '',
    reference: 'KATKO-2605',
    finderHref: 'https://example.com/digituki',
    channels: otherWays,
    now: earlyMorning,
    languageLevel: '',
  },
  argTypes: {
    reason: { control: 'inline-radio', options: ['maintenance', 'fault', 'closed', 'seasonal'] },
    savedAnswers: { control: 'inline-radio', options: ['', 'kept', 'lost'] },
    deadlines: { control: 'inline-radio', options: ['', 'unchanged', 'extended'] },
    languageLevel: { control: 'inline-radio', options: ['', 'easy'] },
    channels: { control: 'object' },
    now: { control: 'date' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The page to serve when an e-service is unavailable: what happened, until when (or that it is not known yet), what happened to saved answers and deadlines, the other ways with those open right now first, and a code for customer service. Serve it as a static page from the agency’s own server: it reads the same without JavaScript. The sample data is fictional; the clock is Tuesday 12 May 2026, 8.30 Finnish time (the service point is open, the phone line opens at 9).',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Maintenance: Story = { name: 'Planned maintenance' };
export const Fault: Story = { name: 'Fault, end not known yet', args: { reason: 'fault', until: '', savedAnswers: 'lost' } };
export const FaultLater: Story = { name: 'Fault, 10.30: the phone line is open too', args: { reason: 'fault', until: '', now: storyNow } };
export const DeadlineExtended: Story = { name: 'Deadline extended', args: { reason: 'fault', deadlines: 'extended', deadline: '2026-05-20' } };
export const Closed: Story = { name: 'Closed for good', args: { reason: 'closed', service: 'Asumistuen vanha verkkoasiointi', replacementHref: 'https://example.com/uusi', savedAnswers: '', deadlines: '' } };
export const Seasonal: Story = { name: 'Seasonal closure', args: { reason: 'seasonal', opens: '2027-03-01T08:00', savedAnswers: '', deadlines: '' } };
export const NoChannels: Story = { name: 'No channel data (only digital support)', args: { channels: [] } };
export const Easy: Story = { name: 'Easy-to-read (selkokieli)', args: { languageLevel: 'easy', reason: 'fault', until: '' } };
export const EasySwedish: Story = { name: 'Easy-to-read, lättläst', args: { languageLevel: 'easy' }, parameters: { lang: 'sv' } };
export const EasyEnglish: Story = { name: 'Easy-to-read, easy English', args: { languageLevel: 'easy' }, parameters: { lang: 'en' } };
export const Swedish: Story = { name: 'Language: svenska', parameters: { lang: 'sv' } };
export const English: Story = { name: 'Language: English', parameters: { lang: 'en' } };
export const Dark: Story = { name: 'Dark theme', parameters: { theme: 'dark' } };
export const Narrow: Story = { name: '320 px wide', render: (args) => html`<div style="max-width: 320px">${render(args)}</div>` };

/** The page's own words in Finnish, for the HTML-first story (from the catalog, the one source). */
const fi = (key: keyof UnavailableMessages & string) => defaultText(unavailableCatalog, 'fi', key);

/** The static fallback page's content: what a person sees without JavaScript, and what the element shows when there is no channel data. */
export const HtmlFirst: Story = {
  name: 'HTML first (static fallback page)',
  parameters: { lang: 'fi' },
  render: () => html`
    <auta-service-unavailable reason="fault">
      <h1 slot="heading">Asumistuen verkkoasiointi ei toimi juuri nyt</h1>
      <div slot="status">
        <p>Vika alkoi tiistaina 12.5.2026 kello 6.</p>
        <p><strong>Emme vielä tiedä, milloin palvelu toimii taas.</strong></p>
      </div>
      <section slot="other-ways">
        <h2>${fi('otherWaysHeading')}</h2>
        <h3>${fi('phone')}</h3>
        <p><a href="tel:+35890103456">09 010 3456</a>, maanantaista perjantaihin kello 9–16.</p>
      </section>
      <p slot="reference">${fi('reference')} <strong>KATKO-2605</strong></p>
    </auta-service-unavailable>
  `,
};
