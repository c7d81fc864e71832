/**
 * The pages the Node-driven hardening tests load: every element with realistic SAMPLE
 * data (fictional agencies, numbers and addresses), written the way an agency would:
 * external scripts only, data in attributes or set by the page's own module.
 */
import { definePackages } from './harness.js';

/** SAMPLE channels for the data-driven notice. */
export const SAMPLE_CHANNELS = [
  {
    kind: 'phone',
    name: { fi: 'Asumistuen palvelunumero', sv: 'Servicenummer för bostadsbidrag', en: 'Housing allowance service line' },
    phoneNumbers: [{ number: '0295 123 456', serviceChargeType: 'Other' }],
    serviceHours: [{ serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '09:00', to: '16:00' }] }],
    relay: ['text'],
  },
  {
    kind: 'service-desk',
    name: { fi: 'Palvelupiste Esimerkkilä' },
    addresses: [{ street: { fi: 'Esimerkkikatu' }, streetNumber: '1', postalCode: '00100', postOffice: { fi: 'Helsinki' } }],
    booking: { required: true, url: 'https://example.com/ajanvaraus' },
  },
  { kind: 'email', email: 'asumistuki@example.com' },
];

/** The HTML-first notice: the author's own markup, readable and working without JavaScript. */
export const HTML_FIRST_NOTICE = `<auta-alt-channel-notice errand="Hae asumistukea" variant="callout" id="html-first">
  <h2 slot="heading">Hae asumistukea muulla tavalla</h2>
  <p slot="intro">Jos et voi käyttää verkkopalvelua, voit asioida myös näin.</p>
  <section slot="phone">
    <h3>Puhelimitse</h3>
    <p><a href="tel:+358295123456">0295 123 456</a></p>
    <p>Puhelinaika maanantaista perjantaihin kello 9–16.</p>
  </section>
  <section slot="service-desk">
    <h3>Asiointipisteessä</h3>
    <p>Palvelupiste Esimerkkilä, Esimerkkikatu 1, 00100 Helsinki.</p>
    <p><a href="https://example.com/ajanvaraus">Varaa aika</a></p>
  </section>
</auta-alt-channel-notice>`;

/** What the page's stylesheet says about elements before they are defined (docs/security.md, "Before upgrade"). */
export const PAGE_CSS = `
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }
main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
auta-alt-channel-notice:not(:defined) { display: block; padding: 1rem; border-inline-start: 0.375rem solid #0b55c4; }
auta-alt-channel-notice:not(:defined) > [slot] + [slot] { margin-block-start: 1rem; }
auta-on-behalf-entry:not(:defined), auta-provider-finder:not(:defined), auta-provider-card:not(:defined) { display: block; }
`;

/** Records CSP violations from the very first script on: nothing of ours has run yet. */
export const EARLY_JS = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push({ directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI, sample: e.sample, at: e.sourceFile + ':' + e.lineNumber });
});
window.__events = [];
`;

const attr = (value: unknown) => JSON.stringify(value).replace(/&/g, '&amp;').replace(/'/g, '&#39;');

/** The body with one of every element (unknown new tags get a bare instance). */
export function everyElementBody(options: { finderSrc?: string } = {}): string {
  const tags = new Set(definePackages().flatMap((p) => p.tags));
  const parts: string[] = ['<main>', '<h1>Esimerkkipalvelu (testisivu)</h1>'];
  if (tags.has('auta-alt-channel-notice')) {
    parts.push(
      `<auta-alt-channel-notice id="muut-tavat" errand="Hae asumistukea" finder-href="#etsi" channels='${attr(SAMPLE_CHANNELS)}'></auta-alt-channel-notice>`,
      HTML_FIRST_NOTICE,
    );
  }
  if (tags.has('auta-on-behalf-entry')) {
    parts.push(`<form id="lomake" action="/lahetetty">
      <auta-on-behalf-entry name="actingAs" required request-mandate-url="https://example.com/valtuuspyynto" service-point-url="https://example.com/palvelupisteet"></auta-on-behalf-entry>
      <button type="submit">Lähetä</button>
    </form>`);
  }
  if (tags.has('auta-provider-finder')) parts.push(`<auta-provider-finder id="etsi" search-delay="0" src="${options.finderSrc ?? '/data/providers.json'}"></auta-provider-finder>`);
  if (tags.has('auta-provider-card')) parts.push('<auta-provider-card id="kortti"></auta-provider-card>');
  const known = new Set(['auta-alt-channel-notice', 'auta-on-behalf-entry', 'auta-provider-finder', 'auta-provider-card']);
  for (const tag of tags) if (!known.has(tag)) parts.push(`<${tag}></${tag}>`);
  parts.push('</main>');
  return parts.join('\n');
}

/**
 * The page's own module: sets the properties that have no attribute, keeps the form on the
 * page (a test records the submission instead of navigating), and records the elements'
 * events.
 */
export function pageModule(): string {
  const tags = new Set(definePackages().flatMap((p) => p.tags));
  const lines = [
    `const events = window.__events;`,
    `for (const type of ['auta-help-action', 'auta-on-behalf-change', 'auta-on-behalf-submit', 'auta-search', 'auta-provider-select']) {`,
    `  document.addEventListener(type, (e) => events.push({ type, detail: JSON.parse(JSON.stringify(e.detail ?? null)) }));`,
    `}`,
    `document.addEventListener('submit', (e) => { e.preventDefault(); events.push({ type: 'submit', detail: Object.fromEntries(new FormData(e.target)) }); });`,
  ];
  if (tags.has('auta-on-behalf-entry')) {
    lines.push(
      `const entry = document.querySelector('auta-on-behalf-entry');`,
      `if (entry) entry.mandateThemes = [{ id: 'sample', name: { fi: 'Esimerkkiasian hoitaminen', sv: 'Skötsel av exempelärende', en: 'Handling a sample matter' } }];`,
    );
  }
  if (tags.has('auta-provider-card')) {
    lines.unshift(`import { loadProviders } from '@auta/provider-finder/data.js';`);
    lines.push(
      `const card = document.querySelector('auta-provider-card');`,
      `const data = await (await fetch('/data/providers.json')).json();`,
      `if (card) card.provider = loadProviders(data).providers[0];`,
    );
  }
  return lines.join('\n');
}

export function pageHtml(body: string, { lang = 'fi', head = '' } = {}): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Auta hardening page</title>
<script src="/early.js"></script>
<link rel="stylesheet" href="/page.css">
${head}
<script type="module" src="/js/elements.js"></script>
<script type="module" src="/js/page.js"></script>
</head>
<body>
${body}
</body>
</html>`;
}
