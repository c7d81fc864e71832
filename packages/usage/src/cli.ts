#!/usr/bin/env node
/**
 * auta-usage aggregate: usage records (NDJSON, one record per line; files or standard
 * input) → sums by ISO week, region, channel and pattern as CSV, JSON or an HTML report.
 * Invalid records are counted and skipped. Exit codes: 0 done (skipped records, if any,
 * are counted in the output and on standard error), 1 unreadable input, 2 wrong usage.
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { UsageAggregator, toCsv, toJson } from './aggregate/aggregate.js';
import { regionName, toHtml, type ReportLang } from './aggregate/report.js';

const HELP = `Usage: auta-usage aggregate [records.ndjson ...] [options]

Sums help-usage records (one JSON record per line) by ISO week, region, channel and
pattern. Reads the files given, or standard input. Invalid records are counted and skipped.

Options:
  --format csv|json|html   output format (default csv)
  --lang fi|sv|en          language of region names and of the HTML report (default fi)
  --out FILE               write to FILE instead of standard output
  --help                   show this help

Exit codes: 0 done, 1 unreadable input, 2 wrong usage.`;

function fail(code: number, message: string): never {
  process.stderr.write(`auta-usage: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let format: 'csv' | 'json' | 'html' = 'csv';
  let lang: ReportLang = 'fi';
  let out: string | undefined;
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === undefined) {
    process.stdout.write(`${HELP}\n`);
    process.exit(command === undefined ? 2 : 0);
  }
  if (command !== 'aggregate') fail(2, `unknown command ${command} (see --help)`);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split('=', 2) as [string, string | undefined]) : [arg, undefined];
    const value = () => inline ?? rest[++i] ?? fail(2, `${flag} needs a value`);
    if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${HELP}\n`);
      process.exit(0);
    } else if (flag === '--format') {
      const v = value();
      if (v !== 'csv' && v !== 'json' && v !== 'html') fail(2, `unknown format ${v}; one of csv, json, html`);
      format = v;
    } else if (flag === '--lang') {
      const v = value();
      if (v !== 'fi' && v !== 'sv' && v !== 'en') fail(2, `unknown language ${v}; one of fi, sv, en`);
      lang = v;
    } else if (flag === '--out') out = value();
    else if (arg.startsWith('-') && arg !== '-') fail(2, `unknown option ${arg} (see --help)`);
    else files.push(arg);
  }
  return { files, format, lang, out };
}

async function main(): Promise<void> {
  const { files, format, lang, out } = parseArgs(process.argv.slice(2));
  const aggregator = new UsageAggregator();
  const inputs = files.length ? files : ['-'];
  for (const file of inputs) {
    const stream = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
    try {
      for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) aggregator.addLine(line);
    } catch (e) {
      fail(1, `cannot read ${file}: ${(e as Error).message}`);
    }
  }
  const result = aggregator.result();
  const text = format === 'json' ? toJson(result) : format === 'html' ? toHtml(result, lang) : toCsv(result, (code) => regionName(code, lang));
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
  const reasons = Object.entries(result.skippedReasons).map(([r, n]) => `${n} ${r}`).join(', ');
  process.stderr.write(`auta-usage: ${result.records} records summed, ${result.skipped} skipped${reasons ? ` (${reasons})` : ''}.\n`);
}

await main();
