import { createApp, ref } from 'vue';
import '@auta/elements';
import type { AltChannel } from '@auta/alt-channel';
import type { OnBehalfEventDetail } from '@auta/elements';

const LABELS = { self: 'omasta puolestasi', person: 'toisen henkilön puolesta', organisation: 'yrityksen tai yhteisön puolesta' } as const;

// Sample data: a fictional agency and number.
const channels: AltChannel[] = [
  {
    kind: 'phone',
    name: { fi: 'Asumistuen palvelunumero', sv: 'Servicenummer för bostadsbidrag', en: 'Housing allowance service line' },
    phoneNumbers: [{ number: '0295 123 456', serviceChargeType: 'Other' }],
    serviceHours: [{ serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '09:00', to: '16:00' }] }],
  },
];

const app = createApp({
  setup() {
    const status = ref('');
    const onChange = (event: CustomEvent<OnBehalfEventDetail>) => {
      status.value = `Asioit ${LABELS[event.detail.actingAs]}.`;
    };
    return { status, onChange, channels };
  },
  // `.channels` binds the array as a property; `@auta-on-behalf-change` listens to the
  // element's own event, by its name.
  template: `
    <header><auta-acting-as acting-as="self" switch-href="/valitse"></auta-acting-as></header>
    <main>
      <h1>Hae asumistukea</h1>
      <auta-on-behalf-entry name="acting-as" heading-level="2" @auta-on-behalf-change="onChange"></auta-on-behalf-entry>
      <p id="status" role="status">{{ status }}</p>
      <auta-alt-channel-notice errand="Hae asumistukea" variant="callout" .channels="channels"></auta-alt-channel-notice>
      <h2>Mistä saan apua digiasiointiin?</h2>
      <auta-provider-finder src="./providers.json" heading-level="3"></auta-provider-finder>
      <!-- The help block, in the same place on every page of the e-service. -->
      <auta-help other-ways-href="https://example.com/muut-tavat"></auta-help>
      <!-- The page served while the e-service is down; shown here so the example has every element. -->
      <auta-service-unavailable reason="maintenance" heading-level="2" from="2026-05-12T18:00+03:00" until="2026-05-13T08:00+03:00"></auta-service-unavailable>
      <auta-help-feedback action="/palaute"></auta-help-feedback>
      <auta-accessibility-feedback action="/saavutettavuuspalaute"></auta-accessibility-feedback>
    </main>
  `,
});
// Tells Vue's template compiler that auta-* tags are custom elements, not Vue components.
// With the SFC plugin, the same option goes to vue({ template: { compilerOptions } }).
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('auta-');
app.mount('#app');
