import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { CONTRAST_PAIRS, contrastRatio } from '@auta/core/tokens.js';
import type { AltChannel } from '@auta/alt-channel';
import { SAMPLE_PROVIDERS } from '@auta/provider-finder/sample.js';
import '@auta/elements';
// The same files the contrast check reads (tools/distribution/check-theme.mjs), as text.
import neutralJson from './themes/neutral.json?raw';
import brandJson from './themes/municipality-brand.json?raw';
import { resolved, themeProperties, type ThemeFile } from './theme-style.js';
import './theming.css';

/*
 * SAMPLE DATA. Tuulijoki is a made-up town; the numbers and addresses are fictional.
 */
const channels: AltChannel[] = [
  {
    kind: 'phone',
    name: { fi: 'Tuulijoen neuvonta', sv: 'Rådgivningen i Tuulijoki', en: 'Tuulijoki advice line' },
    phoneNumbers: [{ number: '040 123 4567', serviceChargeType: 'Other' }],
    serviceHours: [{ serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '09:00', to: '15:00' }] }],
  },
  {
    kind: 'service-desk',
    name: { fi: 'Tuulijoen asiointipiste', sv: 'Servicepunkten i Tuulijoki', en: 'Tuulijoki service point' },
    addresses: [{ street: { fi: 'Torikatu', sv: 'Torggatan' }, streetNumber: '3', postalCode: '99999', postOffice: 'Tuulijoki' }],
  },
];

const neutral = JSON.parse(neutralJson) as ThemeFile;
const brand = JSON.parse(brandJson) as ThemeFile;

const COPY = {
  fi: { town: 'Tuulijoen kaupunki (esimerkki)', title: 'Hae pysäköintitunnusta', finder: 'Mistä saan apua digiasiointiin?' },
  sv: { town: 'Tuulijoki stad (exempel)', title: 'Ansök om parkeringstillstånd', finder: 'Var får jag hjälp med e-tjänster?' },
  en: { town: 'City of Tuulijoki (sample)', title: 'Apply for a parking permit', finder: 'Where can I get help with e-services?' },
};
const copy = () => COPY[(document.documentElement.lang as keyof typeof COPY) || 'fi'] ?? COPY.fi;

const page = (theme: ThemeFile) => {
  const c = copy();
  return html`
    <div class="themed-page" style=${styleMap(themeProperties(theme))}>
      <p class="brand-bar">${c.town}</p>
      <h1>${c.title}</h1>
      <section>
        <auta-on-behalf-entry name="acting-as" heading-level="2"></auta-on-behalf-entry>
      </section>
      <section>
        <auta-alt-channel-notice errand=${c.title} variant="callout" heading-level="2" .channels=${channels}></auta-alt-channel-notice>
      </section>
      <section>
        <h2>${c.finder}</h2>
        <auta-provider-finder heading-level="3" page-size="3" .providers=${SAMPLE_PROVIDERS}></auta-provider-finder>
      </section>
    </div>
  `;
};

const contrastTable = (theme: ThemeFile) => {
  const light = resolved(theme, 'light');
  const dark = resolved(theme, 'dark');
  return html`
    <div class="themed-page" style=${styleMap(themeProperties(theme))}>
      <table class="theme-table">
        <caption>
          Contrast of ${theme.name}: every pair must pass (text 4.5:1, borders and focus 3:1)
        </caption>
        <thead>
          <tr>
            <th scope="col">Foreground</th>
            <th scope="col">Background</th>
            <th scope="col">Minimum</th>
            <th scope="col">Light</th>
            <th scope="col">Dark</th>
          </tr>
        </thead>
        <tbody>
          ${CONTRAST_PAIRS.map(
            ([fg, bg, min]) => html`<tr>
              <td><code>--auta-${fg}</code></td>
              <td><code>--auta-${bg}</code></td>
              <td>${min}:1</td>
              <td>
                <span class="theme-swatch" aria-hidden="true" style=${styleMap({ background: light[fg] })}></span>
                ${contrastRatio(light[fg], light[bg]).toFixed(2)}:1
              </td>
              <td>
                <span class="theme-swatch" aria-hidden="true" style=${styleMap({ background: dark[fg] })}></span>
                ${contrastRatio(dark[fg], dark[bg]).toFixed(2)}:1
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  `;
};

const meta: Meta = {
  title: 'Theming/Themes',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The same page with the neutral default theme and with a municipality’s own brand (Tuulijoki, a fictional town: teal and navy, rounder corners), in light and dark. A theme is a set of `--auta-*` custom properties; `node tools/distribution/check-theme.mjs theme.json` refuses one whose colours fail contrast. See docs/theming.md.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Neutral: Story = { name: 'Neutral (default)', render: () => page(neutral) };
export const NeutralDark: Story = { name: 'Neutral, dark', parameters: { theme: 'dark' }, render: () => page(neutral) };
export const MunicipalityBrand: Story = { name: 'Municipality brand', render: () => page(brand) };
export const MunicipalityBrandDark: Story = { name: 'Municipality brand, dark', parameters: { theme: 'dark' }, render: () => page(brand) };
export const MunicipalityBrandContrast: Story = { name: 'Municipality brand: contrast', render: () => contrastTable(brand) };
