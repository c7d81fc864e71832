import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { safeUrl, type Lang } from '@auta/core';
import {
  describeStatus,
  describeWeek,
  openingStatus,
  upcomingExceptions,
  type ServiceHour,
} from '@auta/core/hours.js';
import { formatPhone } from '@auta/core/phone.js';
import './foundations.css';

const meta: Meta = {
  title: 'Foundations/Formatting helpers',
  parameters: {
    docs: {
      description: {
        component:
          '`@auta/core` formats phone numbers as Finns write them, with `tel:` links, writes opening hours out in each language in Finnish time, and lets only safe links through.',
      },
    },
  },
};
export default meta;

const phones = ['0401234567', '+358 9 010 4567', '0295530010', '020 692 204', '0800123456', '0700 123 456', '+46 8 123 456 78', '123', 'tel:040'];

export const PhoneNumbers: StoryObj = {
  name: 'Phone numbers',
  render: () => html`
    <div class="fdn-wrap">
      <table class="fdn-table">
        <caption>formatPhone(): what people type, and what the elements show</caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col">Shown</th>
            <th scope="col">Link</th>
            <th scope="col">Kind</th>
          </tr>
        </thead>
        <tbody>
          ${phones.map((input) => {
            const p = formatPhone(input);
            return html`<tr>
              <td><code>${input}</code></td>
              <td>${p ? html`<a href=${p.href}>${p.display}</a>` : 'not a phone number: shown as text, no link'}</td>
              <td><code>${p?.href ?? '–'}</code></td>
              <td>${p?.kind ?? '–'}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  `,
};

const hours: ServiceHour[] = [
  { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Thursday', from: '09:00', to: '16:00' }] },
  { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Friday', from: '09:00', to: '14:30' }] },
  { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Saturday', from: '20:00', to: '02:00' }] },
  { serviceHourType: 'Exceptional', validFrom: '2026-12-24', validTo: '2026-12-26', isClosed: true, additionalInformation: { fi: 'Joulu', sv: 'Jul', en: 'Christmas' } },
];
const clocks = ['2026-11-18T08:00:00Z', '2026-11-18T15:00:00Z', '2026-11-21T23:30:00Z', '2026-12-24T10:00:00Z'];

export const OpeningHours: StoryObj = {
  name: 'Opening hours',
  render: (_args, { globals }) => {
    const lang = ((globals.lang as string) || 'fi') as Lang;
    const zone = new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Helsinki', dateStyle: 'short', timeStyle: 'short' });
    return html`
      <div class="fdn-stack">
        <h2>The week, written out</h2>
        <ul>
          ${describeWeek(hours, lang, new Date(clocks[0]!)).map((l) => html`<li>${l.text}</li>`)}
        </ul>
        <h2>Exceptions ahead</h2>
        <ul>
          ${upcomingExceptions(hours, lang, new Date('2026-12-20T10:00:00Z'), 10).map(
            (e) => html`<li>${e.label}: ${e.hours}${e.note?.[lang] ? ` (${e.note[lang]})` : ''}</li>`,
          )}
        </ul>
        <h2>Open now? At fixed clocks, in Finnish time</h2>
        <table class="fdn-table">
          <caption>openingStatus() and describeStatus()</caption>
          <thead>
            <tr>
              <th scope="col">Time in Finland</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            ${clocks.map((c) => {
              const now = new Date(c);
              return html`<tr>
                <td>${zone.format(now)}</td>
                <td>${describeStatus(openingStatus(hours, now), lang, now)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    `;
  },
};

const urls = ['https://www.suomi.fi/', '/asiointi/lomake.pdf', 'tel:+358295530010', 'mailto:neuvonta@example.com', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'java\tscript:alert(1)', 'vbscript:x'];

export const SafeLinks: StoryObj = {
  name: 'Safe links',
  render: () => html`
    <table class="fdn-table">
      <caption>safeUrl(): only http, https, tel, mailto and relative links pass</caption>
      <thead>
        <tr>
          <th scope="col">Input</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        ${urls.map(
          (u) => html`<tr>
            <td><code>${JSON.stringify(u)}</code></td>
            <td>${safeUrl(u) === undefined ? 'refused: shown as text, no link' : html`allowed: <code>${safeUrl(u)}</code>`}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  `,
};
