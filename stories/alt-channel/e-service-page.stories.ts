import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@auta/alt-channel/define.js';
import { allChannels, errands, storyNow } from './sample-channels.js';
import './e-service-page.css';

/*
 * A whole (fictional, SAMPLE) e-service page, to show where the notice goes: in the help
 * area after the form, the same place and the same relative order on every page of the
 * service (WCAG 2.2 SC 3.2.6). During an outage, the outage notice comes first, before
 * the form the person cannot use.
 */

type Args = { outage: boolean };

const copy = {
  fi: { service: 'Esimerkkivirasto', title: 'Hae asumistukea', lead: 'Täytä hakemus. Se vie noin 15 minuuttia.', name: 'Nimi', rent: 'Vuokra euroina kuukaudessa', send: 'Lähetä hakemus', help: 'Apua ja yhteystiedot', faq: 'Usein kysyttyä asumistuesta' },
  sv: { service: 'Exempelverket', title: 'Ansök om bostadsbidrag', lead: 'Fyll i ansökan. Det tar ungefär 15 minuter.', name: 'Namn', rent: 'Hyra i euro per månad', send: 'Skicka ansökan', help: 'Hjälp och kontaktuppgifter', faq: 'Vanliga frågor om bostadsbidrag' },
  en: { service: 'Example Agency', title: 'Apply for housing allowance', lead: 'Fill in the application. It takes about 15 minutes.', name: 'Name', rent: 'Rent in euros a month', send: 'Send the application', help: 'Help and contact details', faq: 'Questions and answers about housing allowance' },
};

function page(args: Args, context: StoryContext) {
  const lang = (context.parameters.lang ?? context.globals.lang ?? 'fi') as keyof typeof copy;
  const t = copy[lang] ?? copy.fi;
  const errand = errands[lang] ?? errands.fi;
  const notice = (variant: string) => html`<auta-alt-channel-notice
    variant=${variant}
    heading-level=${variant === 'outage' ? 2 : 3}
    errand=${errand}
    outage-from=${variant === 'outage' ? '2026-05-12T08:00+03:00' : nothing}
    outage-to=${variant === 'outage' ? '2026-05-12T20:00+03:00' : nothing}
    .channels=${allChannels}
    .now=${storyNow}
    @auta-help-action=${(e: Event) => e.preventDefault()}
  ></auta-alt-channel-notice>`;
  return html`
    <header>
      <p><strong>${t.service}</strong> · <span>ESIMERKKI / SAMPLE</span></p>
    </header>
    <main class="example-e-service-page">
      <h1>${t.title}</h1>
      ${args.outage ? notice('outage') : nothing}
      <p>${t.lead}</p>
      <form @submit=${(e: Event) => e.preventDefault()}>
        <p><label for="applicant">${t.name}</label><br /><input id="applicant" name="applicant" autocomplete="name" /></p>
        <p><label for="rent">${t.rent}</label><br /><input id="rent" name="rent" inputmode="decimal" /></p>
        <p><button type="submit" ?disabled=${args.outage}>${t.send}</button></p>
      </form>
      <section aria-labelledby="help-title">
        <h2 id="help-title">${t.help}</h2>
        <p><a href="https://example.com/ukk">${t.faq}</a></p>
        ${args.outage ? nothing : notice('inline')}
      </section>
    </main>
  `;
}

const meta: Meta<Args> = {
  title: 'Examples/E-service page',
  render: page,
  args: { outage: false },
  parameters: { layout: 'padded' },
};
export default meta;

export const HelpAfterTheForm: StoryObj<Args> = { name: 'Help after the form' };
export const DuringAnOutage: StoryObj<Args> = { name: 'During an outage', args: { outage: true } };
export const Swedish: StoryObj<Args> = { name: 'Help after the form, svenska', parameters: { lang: 'sv' } };
