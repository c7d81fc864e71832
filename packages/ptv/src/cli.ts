#!/usr/bin/env node
/**
 * auta-ptv: PTV service channels → providers JSON, from files, folders, standard input or
 * the PTV open API itself; and a service's channels → the notice's channels.
 * Exit codes: 0 converted (problems, if any, are in the report), 1 nothing usable
 * (unreadable input, invalid JSON, the API out of reach, nothing converted), 2 wrong usage.
 */
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVIDER_KINDS, SUPPORT_FORMS } from '@auta/provider-finder/data.js';
import { parseArgs, UsageError, type CliOptions } from './cli-args.js';
import { DEFAULT_BASE_URL, PtvFetchError, fetchServiceChannels, fetchServiceWithChannels, type FetchOptions } from './fetch.js';
import { readChannelList } from './input.js';
import { CHANNEL_TYPES, fromPtvServiceChannels } from './map.js';
import { noticeChannelsFromPtv } from './notice.js';

const HELP = `Usage:
  auta-ptv [FILE | FOLDER | -]... [options] > providers.json
  auta-ptv fetch --organization ID [--municipality CODE] [--since DATE] [options] --out providers.json
  auta-ptv channels --service ID [--base-url URL] > channels.json
  auta-ptv channels --service-file service.json [FILE | FOLDER | -]... > channels.json

Converts PTV (Palvelutietovaranto) open API service channels (v8–v11) to the Auta
provider format. Reads files, every .json file of a folder, or standard input; each may be
one channel, a list, a paged answer ({ pageNumber, pageCount, itemList }) or a list of
pages. "fetch" pages through the PTV open API itself. "channels" turns a service and its
channels into the channels of <auta-alt-channel-notice>.

Mapping (PTV does not say these):
  --kind KIND              kind of every provider: ${PROVIDER_KINDS.join(', ')}
  --kind TYPE=KIND         kind by channel type (${CHANNEL_TYPES.join(', ')})
  --kind ID=KIND           kind of one channel, by its PTV id
  --forms A,B              forms added to every provider: ${SUPPORT_FORMS.join(', ')}
                           (ServiceLocation gives service-point and Phone gives phone by itself)
  --forms TYPE=A,B         forms by channel type, e.g. --forms EChannel=chat,video
  --forms ID=A,B           forms of one channel, by its PTV id
  --mapping FILE           the same in a JSON file: { "kind", "kinds", "forms", "free" }
  --free                   mark every provider free of charge
  --include-unpublished    convert channels that are not Published too

Output:
  --out FILE               write to FILE (whole or not at all) instead of standard output
  --problems FILE          write the problems report (JSON) to FILE
  --quiet                  print only the summary line

fetch:
  --organization ID        the PTV organisation whose channels to read
  --municipality CODE      only its channels serving this municipality (three digits)
  --since DATE             only channels changed since DATE (2026-11-01 or …T08:00:00)
  --save-raw FILE          also write the channels as read from PTV
  --base-url URL           the open API (default ${DEFAULT_BASE_URL})
  --timeout MS             per request (default 30000)
  --retries N              on 429, 5xx, time-outs and network errors (default 4)
  --rate N                 requests per second at most (default 2)

Ends with one line: N converted, N skipped, N field problems (M kinds).
Exit codes: 0 converted, 1 nothing usable, 2 wrong usage.`;

function fail(code: number, message: string): never {
  process.stderr.write(`auta-ptv: ${message}\n`);
  process.exit(code);
}

/** Input files: a folder gives its .json files, in name order; "-" is standard input. */
function inputFiles(inputs: string[]): string[] {
  if (inputs.length === 0) return ['-'];
  return inputs.flatMap((input) => {
    if (input === '-') return ['-'];
    if (!existsSync(input)) fail(1, `cannot read ${input}: no such file or folder`);
    if (!statSync(input).isDirectory()) return [input];
    const files = readdirSync(input)
      .filter((f) => f.endsWith('.json'))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .map((f) => join(input, f));
    if (!files.length) fail(1, `the folder ${input} has no .json files`);
    return files;
  });
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    fail(1, `cannot read ${file === '-' ? 'standard input' : file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    fail(1, `${file === '-' ? 'standard input' : file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads every input into one list of channels, naming what could not be read. */
function readInputs(inputs: string[], notes: string[]): unknown[] {
  const channels: unknown[] = [];
  for (const file of inputFiles(inputs)) {
    const { channels: found, problems } = readChannelList(readJson(file));
    for (const p of problems) notes.push(`${file === '-' ? 'standard input' : file}: ${p}`);
    channels.push(...found);
  }
  return channels;
}

// A run that is stopped leaves no half-written file: output goes to a temporary file that
// is renamed over the target only when complete, and is removed on an interrupt.
const temporary = new Set<string>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const t of temporary) rmSync(t, { force: true });
    process.exit(130);
  });
}

function writeWhole(path: string | undefined, body: string): void {
  if (!path) {
    process.stdout.write(body);
    return;
  }
  const tmp = `${path}.${process.pid}.tmp`;
  temporary.add(tmp);
  try {
    writeFileSync(tmp, body);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    fail(1, `cannot write ${path}: ${(error as Error).message}`);
  } finally {
    temporary.delete(tmp);
  }
}

function fetchOptions(o: CliOptions): FetchOptions {
  return {
    ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}),
    ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
    ...(o.retries !== undefined ? { retries: o.retries } : {}),
    ...(o.rate !== undefined ? { ratePerSecond: o.rate } : {}),
    log: (m) => {
      if (!o.quiet) process.stderr.write(`auta-ptv: ${m}\n`);
    },
  };
}

async function main(): Promise<void> {
  let o: CliOptions | 'help';
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) fail(2, error.message);
    throw error;
  }
  if (o === 'help') {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const notes: string[] = [];

  if (o.command === 'channels') {
    let service: unknown;
    let channels: unknown[];
    if (o.service && !o.serviceFile) ({ service, channels } = await fetchServiceWithChannels(o.service, fetchOptions(o)));
    else {
      service = readJson(o.serviceFile!);
      channels = readInputs(o.inputs, notes);
    }
    const r = noticeChannelsFromPtv(service, channels);
    writeWhole(o.out, `${JSON.stringify(r.channels, null, 2)}\n`);
    if (o.problems) writeWhole(o.problems, `${JSON.stringify({ problems: r.problems, leftOut: r.leftOut }, null, 2)}\n`);
    const skipped = r.problems.filter((p) => p.effect === 'record').length;
    const field = r.problems.filter((p) => p.effect === 'field');
    if (!o.quiet) for (const p of r.problems) process.stderr.write(`auta-ptv: ${p.id ?? '(input)'} ${p.path}: ${p.message}\n`);
    process.stderr.write(`auta-ptv: ${r.channels.length} converted, ${skipped} skipped, ${field.length} field problems (${new Set(field.map((p) => `${p.code} ${p.path}`)).size} kinds)\n`);
    if (r.channels.length === 0) process.exit(1);
    return;
  }

  let channels: unknown[];
  if (o.command === 'fetch') {
    channels = await fetchServiceChannels({ organization: o.organization!, ...(o.municipality ? { municipality: o.municipality } : {}), ...(o.since ? { since: o.since } : {}) }, fetchOptions(o));
    if (o.saveRaw) writeWhole(o.saveRaw, `${JSON.stringify(channels, null, 2)}\n`);
  } else channels = readInputs(o.inputs, notes);

  const r = fromPtvServiceChannels(channels, o.mapping);
  for (const n of notes) r.problems.unshift({ index: -1, path: '', code: 'input', message: n, effect: 'field' });
  writeWhole(o.out, `${JSON.stringify(r.providers, null, 2)}\n`);
  if (o.problems) writeWhole(o.problems, `${JSON.stringify({ stats: r.stats, problems: r.problems, leftOut: r.leftOut }, null, 2)}\n`);
  if (!o.quiet) {
    for (const n of notes) process.stderr.write(`auta-ptv: ${n}\n`);
    const skips = r.problems.filter((p) => p.effect === 'record');
    for (const p of skips.slice(0, 20)) process.stderr.write(`auta-ptv: skipped ${p.id ?? `#${p.index}`}: ${p.message}\n`);
    if (skips.length > 20) process.stderr.write(`auta-ptv: … and ${skips.length - 20} more skipped (see --problems)\n`);
  }
  const { converted, skipped, fieldProblems, kinds } = r.stats;
  process.stderr.write(`auta-ptv: ${converted} converted, ${skipped} skipped, ${fieldProblems} field problems (${kinds} kinds)${o.problems ? `; report in ${o.problems}` : ''}\n`);
  if (converted === 0) process.exit(1);
}

main().catch((error: unknown) => {
  if (error instanceof PtvFetchError) fail(1, error.message);
  fail(1, (error as Error).stack ?? String(error));
});
