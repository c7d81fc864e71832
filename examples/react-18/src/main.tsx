import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AutaActingAs, AutaAltChannelNotice, AutaHelp, AutaOnBehalfEntry, AutaProviderFinder, AutaServiceUnavailable, AutaHelpFeedback, AutaAccessibilityFeedback } from '@auta/react';
import type { AltChannel } from '@auta/alt-channel';

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

function App() {
  const [actingAs, setActingAs] = useState<keyof typeof LABELS | ''>('');
  return (
    <>
    <header>
      <AutaActingAs actingAs="self" switchHref="/valitse" />
    </header>
    <main>
      <h1>Hae asumistukea</h1>
      {/* Events are typed props: event.detail.actingAs is 'self' | 'person' | 'organisation'. */}
      <AutaOnBehalfEntry name="acting-as" headingLevel={2} onAutaOnBehalfChange={(event) => setActingAs(event.detail.actingAs)} />
      <p id="status" role="status">
        {actingAs ? `Asioit ${LABELS[actingAs]}.` : ''}
      </p>
      {/* Arrays and objects go in as properties, not as attribute strings. */}
      <AutaAltChannelNotice errand="Hae asumistukea" variant="callout" channels={channels} />
      <h2>Mistä saan apua digiasiointiin?</h2>
      <AutaProviderFinder src="./providers.json" headingLevel={3} />
      {/* The help block, in the same place on every page of the e-service. */}
      <AutaHelp otherWaysHref="https://example.com/muut-tavat" />
      {/* The page served while the e-service is down; shown here so the example has every element. */}
      <AutaServiceUnavailable reason="maintenance" headingLevel={2} from="2026-05-12T18:00+03:00" until="2026-05-13T08:00+03:00" />
      <AutaHelpFeedback action="/palaute" />
      <AutaAccessibilityFeedback action="/saavutettavuuspalaute" />
    </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
