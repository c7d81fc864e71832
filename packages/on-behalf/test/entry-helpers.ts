// What the <auta-on-behalf-entry> test files share: the words they expect, queries into the shadow root, a form around the element.
import { fixture, html } from '@open-wc/testing';
import type { AutaOnBehalfEntry } from '../src/index.js';

export { LANGS, captureWarnings as warnings, findAll, snapshot, type AXNode } from '../../../test/support/browser.js';

export const QUESTION = { fi: 'Kenen puolesta asioit?', sv: 'För vem uträttar du ärendet?', en: 'Who are you doing this for?' };
export const LABELS = {
  fi: ['Omasta puolestani', 'Toisen henkilön puolesta', 'Yrityksen tai yhteisön puolesta'],
  sv: [
    'För mig själv',
    'För en annan person',
    'För ett företag eller en sammanslutning',
  ],
  en: ['For myself', 'For another person', 'For a company or organisation'],
};
export const ERROR = { fi: 'Valitse, kenen puolesta asioit.', sv: 'Välj för vem du uträttar ärendet.', en: 'Select who you are doing this for.' };

export const THEMES = [
  { id: 'building', name: { fi: 'Rakennusluvan hakeminen', sv: 'Ansökan om bygglov', en: 'Applying for a building permit' } },
  { id: 'vehicle', name: { fi: 'Ajoneuvoverotus' }, appliesTo: ['organisation' as const] },
];
export const ROLES = [{ id: 'ceo', name: { fi: 'Kaupparekisteriin merkitty toimitusjohtaja', sv: 'Verkställande direktör', en: 'Managing director' } }];

export const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

export const shadow = (el: AutaOnBehalfEntry) => el.shadowRoot!;
export const radios = (el: AutaOnBehalfEntry) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
export const radio = (el: AutaOnBehalfEntry, value: string) => shadow(el).querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
export const focusedRadio = (el: AutaOnBehalfEntry) => shadow(el).activeElement as HTMLInputElement | null;
export const errorText = (el: AutaOnBehalfEntry) => shadow(el).querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim();
export const liveRegion = (el: AutaOnBehalfEntry) => shadow(el).querySelector('[role="status"]')!;

/** A form around the element that records what it submits instead of leaving the page. */
export async function formFixture(attrs = 'required', after = '<button type="submit">Send</button>') {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  // The attributes vary per test; this is test markup, not data.
  wrapper.innerHTML = `<button id="before">Before</button><form><auta-on-behalf-entry name="actingAs" ${attrs}></auta-on-behalf-entry>${after}</form>`;
  const form = wrapper.querySelector('form')!;
  const el = wrapper.querySelector('auta-on-behalf-entry') as AutaOnBehalfEntry;
  await el.updateComplete;
  const submitted: FormData[] = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submitted.push(new FormData(form, e.submitter));
  });
  return { wrapper, form, el, submitted, before: wrapper.querySelector<HTMLButtonElement>('#before')! };
}
