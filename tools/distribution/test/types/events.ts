// What a page written in TypeScript meets with @auta/elements: typed tags, properties and
// events, on the element and where they bubble to. Each `@ts-expect-error` line is a mistake
// that must not type-check: `tsc` fails on a directive that has no error under it.
import '@auta/elements';
import type { ProviderInput } from '@auta/provider-finder';

const entry = document.querySelector('auta-on-behalf-entry');
entry?.addEventListener('auta-on-behalf-change', (event) => {
  const actingAs: 'self' | 'person' | 'organisation' = event.detail.actingAs;
  void actingAs;
  // @ts-expect-error a wrong detail field
  void event.detail.actingFor;
});

// Listened for on document and window (the events bubble there): typed as well.
document.addEventListener('auta-on-behalf-change', (event) => void event.detail.actingAs);
window.addEventListener('auta-provider-select', (event) => void event.detail.id);
document.addEventListener('auta-help-action', (event) => {
  // @ts-expect-error a wrong detail field, on document
  void event.detail.channelName;
});

// @ts-expect-error a wrong event name: a plain Event has no detail
document.addEventListener('auta-on-behalf-chnage', (event) => void event.detail);

const finder = document.querySelector('auta-provider-finder')!;
const providers: ProviderInput[] = [
  { id: 'kirjasto-esimerkkila', name: { fi: 'Esimerkkilän kirjasto' }, kind: 'library', supportForms: ['service-point'], areaType: 'LimitedType', areas: [{ type: 'Municipality', code: '091' }], languages: ['fi'] },
];
finder.providers = providers;
// @ts-expect-error providers takes records in the finder's format, not any array
finder.providers = [{ id: 1 }];
// @ts-expect-error a misspelt property
finder.provders = providers;
