import { SCHEMA_VERSION, checkRecord } from '../record.js';

/** One line of the table: how many records share a week, region, channel and pattern. Unknown values are `""`. */
export interface AggregateRow {
  week: string;
  region: string;
  channel: string;
  pattern: string;
  records: number;
}

export type Dimension = 'week' | 'region' | 'channel' | 'pattern';
export const DIMENSIONS: readonly Dimension[] = ['week', 'region', 'channel', 'pattern'];

export interface Aggregate {
  schemaVersion: typeof SCHEMA_VERSION;
  /** Valid records summed. */
  records: number;
  /** Records skipped, with how many for each reason (`invalid channel`, `not JSON` …). */
  skipped: number;
  skippedReasons: Record<string, number>;
  /** Sorted by week, region, channel, pattern. */
  rows: AggregateRow[];
  /** Sums along each dimension alone, keys sorted. */
  totals: Record<Dimension, Record<string, number>>;
}

const SEP = '\u0000';
const byKey = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * Sums usage records by week, region, channel and pattern. A record that is not valid
 * (not JSON, not an object, an unknown field, a value outside the schema) is counted under
 * its reason and skipped; nothing a bad record holds is kept or repeated.
 */
export class UsageAggregator {
  private readonly counts = new Map<string, number>();
  private valid = 0;
  private skippedCount = 0;
  private readonly reasons = new Map<string, number>();

  private skip(reason: string): void {
    this.skippedCount++;
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }

  /** Adds one parsed value. */
  add(value: unknown): void {
    const check = checkRecord(value);
    if (!check.ok) {
      this.skip(check.reason);
      return;
    }
    const r = check.record;
    const key = `${r.week}${SEP}${r.region ?? ''}${SEP}${r.channel ?? ''}${SEP}${r.pattern}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.valid++;
  }

  /** Adds one line of NDJSON; blank lines are not records and are passed over. */
  addLine(line: string): void {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      this.skip('not JSON');
      return;
    }
    this.add(value);
  }

  result(): Aggregate {
    const rows: AggregateRow[] = [...this.counts]
      .sort(byKey)
      .map(([key, records]) => {
        const [week = '', region = '', channel = '', pattern = ''] = key.split(SEP);
        return { week, region, channel, pattern, records };
      });
    const totals = Object.fromEntries(DIMENSIONS.map((d) => [d, {} as Record<string, number>])) as Aggregate['totals'];
    for (const row of rows) for (const d of DIMENSIONS) totals[d][row[d]] = (totals[d][row[d]] ?? 0) + row.records;
    for (const d of DIMENSIONS) totals[d] = Object.fromEntries(Object.entries(totals[d]).sort(byKey));
    return {
      schemaVersion: SCHEMA_VERSION,
      records: this.valid,
      skipped: this.skippedCount,
      skippedReasons: Object.fromEntries([...this.reasons].sort(byKey)),
      rows,
      totals,
    };
  }
}

/** Sums parsed records. */
export function aggregate(values: Iterable<unknown>): Aggregate {
  const a = new UsageAggregator();
  for (const v of values) a.add(v);
  return a.result();
}

/** Sums NDJSON lines (one record per line), from an array or a stream of lines. */
export async function aggregateLines(lines: Iterable<string> | AsyncIterable<string>): Promise<Aggregate> {
  const a = new UsageAggregator();
  for await (const line of lines) a.addLine(line);
  return a.result();
}

const csvCell = (v: string | number) => (/[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/**
 * The table as CSV (RFC 4180, CRLF line ends): `week,region,region_name,channel,pattern,records`.
 * `regionName` gives the region's name for its code (empty when unknown).
 */
export function toCsv(result: Aggregate, regionName: (code: string) => string = () => ''): string {
  const lines = [['week', 'region', 'region_name', 'channel', 'pattern', 'records'].join(',')];
  for (const r of result.rows) lines.push([r.week, r.region, r.region ? regionName(r.region) : '', r.channel, r.pattern, r.records].map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}

export const toJson = (result: Aggregate): string => JSON.stringify(result, null, 2) + '\n';
