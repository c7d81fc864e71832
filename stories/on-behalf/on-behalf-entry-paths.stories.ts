import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AutaOnBehalfEntry, PtvDigitalAuthorization } from '@auta/on-behalf';
import '@auta/on-behalf/define.js';

/**
 * A service–channel connection's `digitalAuthorizations` as the PTV open API v11 sends them
 * (V4VmOpenApiFintoItem). The ids and names are fictional samples, not e-Authorizations' list.
 */
const PTV_SAMPLE: PtvDigitalAuthorization[] = [
  {
    id: '00000000-0000-4000-8000-00000000000a',
    code: 'sample-building-permit',
    name: [
      { language: 'fi', value: 'Rakennusluvan hakeminen (esimerkki)' },
      { language: 'sv', value: 'Ansökan om bygglov (exempel)' },
      { language: 'en', value: 'Applying for a building permit (sample)' },
    ],
  },
];

const links = {
  'request-mandate-url': 'https://example.com/sample/mandate-request',
  'service-point-url': 'https://example.com/sample/service-points',
  'guardian-url': 'https://example.com/sample/acting-for-a-child',
  'court-guardian-url': 'https://example.com/sample/acting-as-a-guardian',
};

const openHelp = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = canvasElement.querySelector('auta-on-behalf-entry') as AutaOnBehalfEntry;
  await el.updateComplete;
  el.shadowRoot!.querySelector('details')!.open = true;
  await el.updateComplete;
};

const meta: Meta = {
  title: 'Patterns/On-behalf entry/Skip, remember, mandates',
  component: 'auta-on-behalf-entry',
  parameters: {
    docs: {
      description: {
        component:
          'The entry’s answers to three questions: what if only one choice applies (skip it), how a returning person finds their last choice (the host passes it; nothing is stored in the browser), and which mandate the service needs, said before login. Sample data is fictional.',
      },
    },
  },
};
export default meta;

export const LastChoice: StoryObj = {
  name: 'Returning person: last choice offered first',
  render: () => html`<auta-on-behalf-entry name="actingAs" last-choice="organisation" request-mandate-url=${links['request-mandate-url']}></auta-on-behalf-entry>`,
};

export const Skipped: StoryObj = {
  name: 'Only one choice applies: skipped',
  render: () =>
    html`<p>The entry below takes the one choice and shows nothing; the page goes straight on.</p>
      <form><auta-on-behalf-entry name="actingAs" options="self" skip-single></auta-on-behalf-entry></form>`,
};

export const MandateNeeded: StoryObj = {
  name: 'Mandate themes the service needs (attribute)',
  render: () =>
    html`<auta-on-behalf-entry
      name="actingAs"
      options="person organisation"
      mandate-themes="Rakennusluvan hakeminen (esimerkki); Kiinteistöveroasiat (esimerkki)"
      request-mandate-url=${links['request-mandate-url']}
      service-point-url=${links['service-point-url']}
    ></auta-on-behalf-entry>`,
  play: openHelp,
};

export const MandateNeededFromPtv: StoryObj = {
  name: 'Mandate themes from PTV',
  render: () =>
    html`<auta-on-behalf-entry
      name="actingAs"
      .ptvDigitalAuthorizations=${PTV_SAMPLE}
      request-mandate-url=${links['request-mandate-url']}
      service-point-url=${links['service-point-url']}
    ></auta-on-behalf-entry>`,
};

export const GuardianPaths: StoryObj = {
  name: 'Short paths for guardians and court-appointed guardians',
  render: () =>
    html`<auta-on-behalf-entry
      name="actingAs"
      court-guardian-without-mandate
      request-mandate-url=${links['request-mandate-url']}
      service-point-url=${links['service-point-url']}
      guardian-url=${links['guardian-url']}
      court-guardian-url=${links['court-guardian-url']}
    ></auta-on-behalf-entry>`,
  play: openHelp,
};

export const GuardianPaths320: StoryObj = {
  ...GuardianPaths,
  name: 'Short paths for guardians, 320 px',
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};
