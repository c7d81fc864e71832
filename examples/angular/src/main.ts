// Compiled ahead of time by the Angular compiler (`ngc`, see build.mjs): the page ships no
// template compiler and runs under a Content-Security-Policy without 'unsafe-eval'. An
// Angular CLI project (also AOT) uses the same component unchanged.
import { CUSTOM_ELEMENTS_SCHEMA, Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import '@auta/elements';
import type { AltChannel } from '@auta/alt-channel';
import type { OnBehalfEventDetail } from '@auta/elements';

const LABELS = { self: 'omasta puolestasi', person: 'toisen henkilön puolesta', organisation: 'yrityksen tai yhteisön puolesta' } as const;

@Component({
  selector: 'app-root',
  standalone: true,
  // Lets the template use the auta-* tags, their attributes and properties.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <header><auta-acting-as acting-as="self" switch-href="/valitse"></auta-acting-as></header>
    <main>
      <h1>Hae asumistukea</h1>
      <auta-on-behalf-entry name="acting-as" heading-level="2" (auta-on-behalf-change)="onChange($event)"></auta-on-behalf-entry>
      <p id="status" role="status">{{ status() }}</p>
      <auta-alt-channel-notice errand="Hae asumistukea" variant="callout" [channels]="channels"></auta-alt-channel-notice>
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
})
class AppComponent {
  readonly status = signal('');

  // Sample data: a fictional agency and number.
  readonly channels: AltChannel[] = [
    {
      kind: 'phone',
      name: { fi: 'Asumistuen palvelunumero', sv: 'Servicenummer för bostadsbidrag', en: 'Housing allowance service line' },
      phoneNumbers: [{ number: '0295 123 456', serviceChargeType: 'Other' }],
      serviceHours: [{ serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '09:00', to: '16:00' }] }],
    },
  ];

  // Angular types a custom event as Event; the element's event map says what it carries.
  onChange(event: Event) {
    const { actingAs } = (event as CustomEvent<OnBehalfEventDetail>).detail;
    this.status.set(`Asioit ${LABELS[actingAs]}.`);
  }
}

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => console.error(error));
