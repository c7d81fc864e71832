import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ActingAs } from '@auta/on-behalf';
import '@auta/on-behalf/define.js';
import { SAMPLE_ROLES, SAMPLE_THEMES } from './samples.js';
import './e-service-start-page.css';

const COPY = {
  fi: {
    service: 'Rakennuslupahakemus (esimerkkipalvelu)',
    intro: 'Tällä palvelulla haet rakennuslupaa. Hakemuksen tekeminen kestää noin 20 minuuttia.',
    send: 'Aloita hakemus',
    other: 'Muut tavat hoitaa asia',
    otherText: 'Voit hakea rakennuslupaa myös paperilomakkeella tai käymällä rakennusvalvonnan asiakaspalvelussa (esimerkki).',
    result: (a: string) => `Esimerkki: palvelu ohjaisi nyt eteenpäin valinnalla ”${a}”.`,
  },
  sv: {
    service: 'Ansökan om bygglov (exempeltjänst)',
    intro: 'I den här tjänsten ansöker du om bygglov. Det tar cirka 20 minuter att fylla i ansökan.',
    send: 'Börja ansökan',
    other: 'Andra sätt att sköta ärendet',
    otherText: 'Du kan också ansöka om bygglov med en pappersblankett eller på byggnadstillsynens kundtjänst (exempel).',
    result: (a: string) => `Exempel: tjänsten skulle nu gå vidare med valet ”${a}”.`,
  },
  en: {
    service: 'Building permit application (sample service)',
    intro: 'Use this service to apply for a building permit. The application takes about 20 minutes.',
    send: 'Start the application',
    other: 'Other ways to do this',
    otherText: 'You can also apply for a building permit on a paper form or at the building control customer service (sample).',
    result: (a: string) => `Sample: the service would now go on with the choice “${a}”.`,
  },
};

const meta: Meta = {
  title: 'Examples/E-service start page',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        story:
          'The entry inside the e-service’s own form, before the service starts. The form has its own submit button, so the entry hides its continue button; Enter on a choice submits the form. The page routes the user on submit (here it only says what it would do). Fictional sample service.',
      },
    },
  },
};
export default meta;

const render = () => {
  const lang = (document.documentElement.lang || 'fi') as keyof typeof COPY;
  const t = COPY[lang] ?? COPY.fi;
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const actingAs = new FormData(form).get('actingAs') as ActingAs;
    const label = form.querySelector('auta-on-behalf-entry')!.shadowRoot!.querySelector(`label[for="radio-${actingAs}"]`)!.textContent ?? actingAs;
    form.querySelector('output')!.textContent = t.result(label);
  };
  return html`<div class="sample-page">
    <header class="sample-header"><p>Esimerkkikunta · Exempelkommun · Sample municipality</p></header>
    <main class="sample-main">
      <h1>${t.service}</h1>
      <p>${t.intro}</p>
      <form @submit=${onSubmit}>
        <auta-on-behalf-entry
          name="actingAs"
          required
          hide-continue
          heading-level="2"
          .mandateThemes=${SAMPLE_THEMES}
          .rolesWithoutMandate=${SAMPLE_ROLES}
          request-mandate-url="https://example.com/sample/mandate-request"
          service-point-url="https://example.com/sample/service-points"
          application-url="https://example.com/sample/mandate-by-application"
          alt-channel-href="#other-ways"
        ></auta-on-behalf-entry>
        <p><button class="sample-button" type="submit">${t.send}</button></p>
        <output class="sample-output" aria-live="polite"></output>
      </form>
      <section id="other-ways" tabindex="-1" aria-labelledby="other-ways-heading">
        <h2 id="other-ways-heading">${t.other}</h2>
        <p>${t.otherText}</p>
      </section>
    </main>
  </div>`;
};

export const StartPage: StoryObj = { name: 'E-service start page', render };
export const StartPage320: StoryObj = {
  name: 'E-service start page, 320 px',
  render,
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};
