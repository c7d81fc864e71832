// What the <auta-on-behalf-entry> test files share: the words they expect, queries into the shadow root, a form around the element.
import { fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { AutaOnBehalfEntry } from '../src/index.js';

export type AXNode = {
  role: string;
  name: string;
  description?: string;
  checked?: boolean | 'mixed';
  focused?: boolean;
  invalid?: string;
  expanded?: boolean;
  level?: number;
  children?: AXNode[];
};

export const LANGS = ['fi', 'sv', 'en'] as const;
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

/** The page's accessibility tree, as the browser exposes it. */
export const snapshot = async () => (await a11ySnapshot({})) as unknown as AXNode;

export function findAll(node: AXNode, test: (n: AXNode) => boolean, out: AXNode[] = []): AXNode[] {
  if (test(node)) out.push(node);
  node.children?.forEach((c) => findAll(c, test, out));
  return out;
}

/** Counts console warnings while `fn` runs. */
export async function warnings(fn: () => Promise<void> | void): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

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
