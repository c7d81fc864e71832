// One import defines every element; the types come with it: `document.querySelector`
// knows each tag's class and `addEventListener` each `auta-*` event's detail.
import '@auta/elements';
// The page stylesheet the static examples share; Vite bundles it from the installed package.
import 'auta-example-shared/page.css';
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

const notice = document.querySelector('auta-alt-channel-notice');
if (notice) notice.channels = channels;

const entry = document.querySelector('auta-on-behalf-entry');
entry?.addEventListener('auta-on-behalf-change', (event) => {
  const status = document.querySelector<HTMLElement>('#status');
  if (status) status.textContent = `Asioit ${LABELS[event.detail.actingAs]}.`;
});
