#!/usr/bin/env node
/**
 * auta-ptv: a PTV service-channel export (file or stdin) → providers JSON (stdout or --out),
 * with a problems report. Exit codes: 0 converted (problems, if any, are in the report),
 * 1 nothing usable (unreadable input, invalid JSON, no provider converted), 2 wrong usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PROVIDER_KINDS, SUPPORT_FORMS, type ProviderKind, type SupportForm } from '@auta/provider-finder/data.js';
import { fromPtvServiceChannels, type PtvMappingOptions } from './map.js';

const HELP = `Usage: auta-ptv [export.json] [options] > providers.json

Converts PTV (Palvelutietovaranto) open API service channels to the Auta provider format.
Reads the file given, or standard input.

Options:
  --kind KIND          kind of every provider (PTV has none): ${PROVIDER_KINDS.join(', ')}
  --forms A,B          forms of support to add: ${SUPPORT_FORMS.join(', ')}
                       (ServiceLocation gives service-point and Phone gives phone by itself)
  --free               mark every provider free of charge
  --include-unpublished  convert channels that are not Published too
  --out FILE           write providers to FILE instead of standard output
  --problems FILE      write the problems report (JSON) to FILE
  --help               show this help

Exit codes: 0 converted, 1 nothing usable, 2 wrong usage.`;

function fail(code: number, message: string): never {
  process.stderr.write(`auta-ptv: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv: string[]) {
  const options: PtvMappingOptions = {};
  let file: string | undefined;
  let out: string | undefined;
  let problems: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? fail(2, `${arg} needs a value`);
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${HELP}\n`);
      process.exit(0);
    } else if (arg === '--kind') {
      const kind = value();
      if (!(PROVIDER_KINDS as readonly string[]).includes(kind)) fail(2, `unknown kind ${kind}; one of ${PROVIDER_KINDS.join(', ')}`);
      options.kind = kind as ProviderKind;
    } else if (arg === '--forms') {
      const forms = value().split(',').map((f) => f.trim()).filter(Boolean);
      const bad = forms.find((f) => !(SUPPORT_FORMS as readonly string[]).includes(f));
      if (bad) fail(2, `unknown form ${bad}; one of ${SUPPORT_FORMS.join(', ')}`);
      options.forms = forms as SupportForm[];
    } else if (arg === '--free') options.free = true;
    else if (arg === '--include-unpublished') options.includeUnpublished = true;
    else if (arg === '--out') out = value();
    else if (arg === '--problems') problems = value();
    else if (arg.startsWith('-') && arg !== '-') fail(2, `unknown option ${arg} (see --help)`);
    else if (file) fail(2, 'give one input file');
    else file = arg;
  }
  return { options, file, out, problems };
}

const { options, file, out, problems: problemsFile } = parseArgs(process.argv.slice(2));
let text: string;
try {
  text = file && file !== '-' ? readFileSync(file, 'utf8') : readFileSync(0, 'utf8');
} catch (error) {
  fail(1, `cannot read ${file ?? 'standard input'}: ${(error as Error).message}`);
}
let json: unknown;
try {
  json = JSON.parse(text);
} catch (error) {
  fail(1, `the input is not valid JSON: ${(error as Error).message}`);
}
const { providers, problems } = fromPtvServiceChannels(json, options);
const body = `${JSON.stringify(providers, null, 2)}\n`;
if (out) writeFileSync(out, body);
else process.stdout.write(body);
if (problemsFile) writeFileSync(problemsFile, `${JSON.stringify(problems, null, 2)}\n`);
const skipped = new Set(problems.filter((p) => p.effect === 'record').map((p) => p.index)).size;
process.stderr.write(`auta-ptv: ${providers.length} provider(s) converted, ${skipped} channel(s) skipped, ${problems.length} problem(s)${problemsFile ? ` written to ${problemsFile}` : ''}.\n`);
if (providers.length === 0) process.exit(1);
