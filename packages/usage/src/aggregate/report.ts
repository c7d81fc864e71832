import { REGIONS } from '@auta/provider-finder/data.js';
import type { Aggregate } from './aggregate.js';

export type ReportLang = 'fi' | 'sv' | 'en';

const COPY = {
  fi: {
    title: 'Miten apua käytettiin',
    summary: (n: number, s: number) => `${n} käyttökertaa. ${s} virheellistä tietuetta jätettiin pois.`,
    byRegion: 'Taulukko 1. Käyttökerrat maakunnittain ja asiointitavoittain',
    byWeek: 'Taulukko 2. Käyttökerrat viikoittain',
    byPattern: 'Taulukko 3. Käyttökerrat toiminnoittain',
    region: 'Maakunta',
    week: 'Viikko',
    pattern: 'Toiminto',
    total: 'Yhteensä',
    unknown: 'Ei tiedossa',
    chart: 'Kuvio 1. Käyttökerrat maakunnittain',
    chartNote: 'Samat luvut ovat taulukossa 1.',
    chartDesc: (parts: string) => `Pylväät maakunnittain: ${parts}.`,
    empty: 'Ei käyttökertoja.',
  },
  sv: {
    title: 'Hur hjälpen användes',
    summary: (n: number, s: number) => `${n} användningar. ${s} felaktiga poster lämnades bort.`,
    byRegion: 'Tabell 1. Användningar per landskap och kanal',
    byWeek: 'Tabell 2. Användningar per vecka',
    byPattern: 'Tabell 3. Användningar per funktion',
    region: 'Landskap',
    week: 'Vecka',
    pattern: 'Funktion',
    total: 'Totalt',
    unknown: 'Okänt',
    chart: 'Figur 1. Användningar per landskap',
    chartNote: 'Samma siffror finns i tabell 1.',
    chartDesc: (parts: string) => `Staplar per landskap: ${parts}.`,
    empty: 'Inga användningar.',
  },
  en: {
    title: 'How help was used',
    summary: (n: number, s: number) => `${n} uses. ${s} invalid records were left out.`,
    byRegion: 'Table 1. Uses by region and channel',
    byWeek: 'Table 2. Uses by week',
    byPattern: 'Table 3. Uses by pattern',
    region: 'Region',
    week: 'Week',
    pattern: 'Pattern',
    total: 'Total',
    unknown: 'Not known',
    chart: 'Figure 1. Uses by region',
    chartNote: 'The same figures are in table 1.',
    chartDesc: (parts: string) => `Bars by region: ${parts}.`,
    empty: 'No uses.',
  },
} as const;

/** Names of channels and patterns in the report; a code without a name is shown as it is. */
const NAMES: Record<ReportLang, Record<string, string>> = {
  fi: {
    phone: 'Puhelin', 'service-desk': 'Asiointipiste', mail: 'Posti', email: 'Sähköposti', 'digital-support': 'Digituki', web: 'Verkko', chat: 'Chat', video: 'Video',
    'service-point': 'Palvelupiste', 'peer-group': 'Vertaistuki', 'at-home': 'Kotiin vietävä tuki', 'device-training': 'Laiteopastus', course: 'Kurssi', other: 'Muu',
    'alt-channel': 'Muut asiointitavat', help: 'Ohje ja neuvonta', 'service-unavailable': 'Palvelukatko', 'on-behalf': 'Puolesta asiointi', 'acting-as': 'Kenen puolesta',
    'provider-finder': 'Digituen haku', 'help-feedback': 'Palaute avusta', 'accessibility-feedback': 'Saavutettavuuspalaute',
  },
  sv: {
    phone: 'Telefon', 'service-desk': 'Servicepunkt', mail: 'Post', email: 'E-post', 'digital-support': 'Digitalt stöd', web: 'Webben', chat: 'Chatt', video: 'Video',
    'service-point': 'Servicepunkt', 'peer-group': 'Kamratstöd', 'at-home': 'Stöd hem', 'device-training': 'Handledning i apparater', course: 'Kurs', other: 'Annat',
    'alt-channel': 'Andra sätt att sköta ärendet', help: 'Hjälp och rådgivning', 'service-unavailable': 'Avbrott i tjänsten', 'on-behalf': 'För någon annans räkning',
    'acting-as': 'För vem', 'provider-finder': 'Sök digitalt stöd', 'help-feedback': 'Respons om hjälpen', 'accessibility-feedback': 'Respons om tillgänglighet',
  },
  en: {
    phone: 'Phone', 'service-desk': 'Service desk', mail: 'Post', email: 'Email', 'digital-support': 'Digital support', web: 'Web', chat: 'Chat', video: 'Video',
    'service-point': 'Service point', 'peer-group': 'Peer support', 'at-home': 'Support at home', 'device-training': 'Device training', course: 'Course', other: 'Other',
    'alt-channel': 'Other ways', help: 'Help', 'service-unavailable': 'Service unavailable', 'on-behalf': 'On behalf', 'acting-as': 'Acting as',
    'provider-finder': 'Digital support finder', 'help-feedback': 'Help feedback', 'accessibility-feedback': 'Accessibility feedback',
  },
};

const escape = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A region's name for its code, in the report language; the code itself when unknown. */
export function regionName(code: string, lang: ReportLang = 'fi'): string {
  const names = (REGIONS as Readonly<Record<string, Readonly<Record<string, string>>>>)[code];
  return names?.[lang] ?? code;
}

const STYLE = `
body{font-family:system-ui,sans-serif;line-height:1.5;margin:0 auto;padding:1rem;max-width:60rem;color:#1b1f24;background:#fff}
table{border-collapse:collapse}
.table-scroll{overflow-x:auto;max-width:100%;margin:0 0 2rem}
.table-scroll:focus-visible{outline:3px solid #0b55c4;outline-offset:2px}
caption{text-align:start;font-weight:700;padding:.5rem 0}
th,td{border:1px solid #6b7480;padding:.25rem .5rem;text-align:end}
th[scope=row],thead th:first-child{text-align:start}
.bar{fill:#0b55c4}.label{fill:#1b1f24;font-size:14px}
figure{margin:0 0 2rem}svg{max-width:100%;height:auto}
@media (prefers-color-scheme:dark){body{color:#e8eaed;background:#15181c}th,td{border-color:#8d97a3}.bar{fill:#8ab8ff}.label{fill:#e8eaed}}
@media (forced-colors:active){.bar{fill:CanvasText}.label{fill:CanvasText}}
`;

let tables = 0;

/** A table in a box that scrolls sideways on a narrow screen, reachable and named for keyboard users. */
function table(caption: string, head: string[], rows: Array<[string, ...number[]]>): string {
  const id = `table-${++tables}`;
  const thead = `<thead><tr>${head.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead>`;
  const body = rows.map(([name, ...cells]) => `<tr><th scope="row">${escape(name)}</th>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${id}"><table><caption id="${id}">${escape(caption)}</caption>${thead}<tbody>${body}</tbody></table></div>`;
}

/**
 * A small accessible HTML page of an aggregate: the tables first (region × channel, week,
 * pattern), then a bar chart of uses by region whose text alternative names every bar and
 * points to the table with the same figures. Self-contained: no script, no external file.
 */
export function toHtml(result: Aggregate, lang: ReportLang = 'fi'): string {
  const t = COPY[lang];
  tables = 0;
  const name = (code: string) => (code ? regionName(code, lang) : t.unknown);
  const channels = Object.keys(result.totals.channel);
  const regions = Object.keys(result.totals.region);
  const cell = new Map(result.rows.map((r) => [`${r.region}|${r.channel}`, 0]));
  for (const r of result.rows) cell.set(`${r.region}|${r.channel}`, (cell.get(`${r.region}|${r.channel}`) ?? 0) + r.records);
  const regionRows = regions.map((reg): [string, ...number[]] => [name(reg), ...channels.map((c) => cell.get(`${reg}|${c}`) ?? 0), result.totals.region[reg] ?? 0]);
  const parts: string[] = [];
  parts.push(`<p>${escape(t.summary(result.records, result.skipped))}</p>`);
  if (!result.rows.length) parts.push(`<p>${escape(t.empty)}</p>`);
  else {
    const named = (code: string) => (code ? (NAMES[lang][code] ?? code) : t.unknown);
    parts.push(table(t.byRegion, [t.region, ...channels.map(named), t.total], regionRows));
    parts.push(table(t.byWeek, [t.week, t.total], Object.entries(result.totals.week).map(([w, n]): [string, number] => [w, n])));
    parts.push(table(t.byPattern, [t.pattern, t.total], Object.entries(result.totals.pattern).map(([p, n]): [string, number] => [named(p), n])));
    const max = Math.max(...regions.map((r) => result.totals.region[r] ?? 0), 1);
    const barHeight = 28;
    const bars = regions
      .map((r, i) => {
        const n = result.totals.region[r] ?? 0;
        const y = i * (barHeight + 8);
        const width = Math.max(2, Math.round((n / max) * 400));
        return `<text class="label" x="0" y="${y + 19}">${escape(name(r))}</text><rect class="bar" x="200" y="${y}" width="${width}" height="${barHeight}"/><text class="label" x="${208 + width}" y="${y + 19}">${n}</text>`;
      })
      .join('');
    const desc = t.chartDesc(regions.map((r) => `${name(r)} ${result.totals.region[r] ?? 0}`).join(', '));
    const height = regions.length * (barHeight + 8);
    parts.push(
      `<figure><svg role="img" aria-labelledby="chart-title" aria-describedby="chart-desc" viewBox="0 0 680 ${height}" width="680" height="${height}"><title id="chart-title">${escape(t.chart)}</title><desc id="chart-desc">${escape(desc)}</desc>${bars}</svg><figcaption>${escape(t.chart)}. ${escape(t.chartNote)}</figcaption></figure>`,
    );
  }
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t.title)}</title><style>${STYLE}</style></head>
<body><main><h1>${escape(t.title)}</h1>
${parts.join('\n')}
</main></body>
</html>
`;
}
