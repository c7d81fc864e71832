import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@auta/provider-finder/define.js';
import '@auta/alt-channel/define.js';
import type { AltChannel } from '@auta/alt-channel';

/*
 * A (fictional, SAMPLE) municipality's "Digital support" page: the finder preset to the
 * municipality, with nationwide phone and chat lines included, and the alternative-channel
 * notice below it, which the finder links to when nothing is found or loading fails.
 */

const storyNow = new Date('2026-05-12T07:30:00Z');

const copy = {
  fi: {
    site: 'Tampereen kaupunki (esimerkki)',
    title: 'Digituki',
    lead: 'Saat apua sähköiseen asiointiin, tunnistautumiseen ja laitteen käyttöön. Apu on maksutonta. Hae itsellesi sopiva paikka tai puhelinpalvelu.',
    errand: 'Hoida kaupungin asiat',
  },
  sv: {
    site: 'Tammerfors stad (exempel)',
    title: 'Digistöd',
    lead: 'Du får hjälp med e-tjänster, identifiering och att använda din enhet. Hjälpen är avgiftsfri. Sök ett ställe eller en telefontjänst som passar dig.',
    errand: 'Sköt dina ärenden med staden',
  },
  en: {
    site: 'City of Tampere (example)',
    title: 'Digital support',
    lead: 'Get help with e-services, identification and using your device. The help is free. Find a place or a phone service that suits you.',
    errand: 'Deal with the city',
  },
};

const weekdays = [{ serviceHourType: 'DaysOfTheWeek' as const, openingHour: [{ dayFrom: 'Monday' as const, dayTo: 'Friday' as const, from: '09:00', to: '16:00' }] }];

const channels: AltChannel[] = [
  {
    kind: 'phone',
    name: { fi: 'Kaupungin neuvonta (esimerkki)', sv: 'Stadens rådgivning (exempel)', en: 'City advice line (example)' },
    phoneNumbers: [{ number: '03 190 5600', serviceChargeType: 'Other' }],
    serviceHours: weekdays,
  },
  {
    kind: 'service-desk',
    name: { fi: 'Palvelupiste Kaleva (esimerkki)', sv: 'Servicepunkten Kaleva (exempel)', en: 'Kaleva service point (example)' },
    addresses: [{ street: { fi: 'Esimerkinkatu', sv: 'Exempelgatan' }, streetNumber: '1', postalCode: '33100', postOffice: { fi: 'Tampere', sv: 'Tammerfors' } }],
    serviceHours: weekdays,
  },
];

function page(_args: unknown, context: StoryContext) {
  const lang = (context.parameters.lang ?? context.globals.lang ?? 'fi') as keyof typeof copy;
  const t = copy[lang] ?? copy.fi;
  return html`
    <header><p><strong>${t.site}</strong> · <span>ESIMERKKI / SAMPLE</span></p></header>
    <main>
      <h1>${t.title}</h1>
      <p>${t.lead}</p>
      <auta-provider-finder municipality="837" include-nationwide heading-level="2" .now=${storyNow}></auta-provider-finder>
      <auta-alt-channel-notice id="muut-tavat" variant="callout" errand=${t.errand} heading-level="2" .channels=${channels} .now=${storyNow}></auta-alt-channel-notice>
    </main>
  `;
}

const meta: Meta = {
  title: 'Examples/Municipality page',
  render: page,
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

export const Finnish: Story = { name: 'Digital support page, suomi', parameters: { lang: 'fi' } };
export const Swedish: Story = { name: 'Digital support page, svenska', parameters: { lang: 'sv' } };
export const Narrow: Story = {
  name: 'Digital support page, 320 px',
  parameters: { lang: 'fi' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};
