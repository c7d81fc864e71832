/** The notice as most tests meet it: the sample channels, at a fixed clock, in one of its variants and languages. */
import { fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { AutaAltChannelNotice } from '../src/index.js';
import { sampleChannels, tuesdayMorning } from './fixtures.js';

export const VARIANTS = ['inline', 'callout', 'outage'] as const;
export const ERRANDS = { fi: 'Hae asumistukea', sv: 'Ansök om bostadsbidrag', en: 'Apply for housing allowance' };

export async function notice(variant: string = 'inline', lang: string = 'fi'): Promise<AutaAltChannelNotice> {
  const el = await fixture<AutaAltChannelNotice>(html`
    <auta-alt-channel-notice
      lang=${lang}
      variant=${variant}
      errand=${ERRANDS[lang as 'fi']}
      outage-from="2026-05-12T18:00+03:00"
      outage-to="2026-05-13T08:00+03:00"
      .channels=${sampleChannels}
      .now=${tuesdayMorning}
    ></auta-alt-channel-notice>
  `);
  await el.updateComplete;
  return el;
}

export const shadowText = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
export const channelOrder = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="channel"]')].map((c) => c.dataset.channel);
