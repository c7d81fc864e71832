/**
 * The command line of `auta-ptv`, parsed into options. Wrong usage is an `UsageError`
 * (exit code 2) whose message names the option and what it takes.
 */
import { readFileSync } from 'node:fs';
import { PROVIDER_KINDS, SUPPORT_FORMS, type ProviderKind, type SupportForm } from '@auta/provider-finder/data.js';
import { CHANNEL_TYPES, type ChannelType, type PtvMappingOptions } from './map.js';
import { isObject } from './json.js';

export class UsageError extends Error {}

export type Command = 'convert' | 'fetch' | 'channels';

export interface CliOptions {
  command: Command;
  inputs: string[];
  mapping: PtvMappingOptions;
  out?: string;
  problems?: string;
  saveRaw?: string;
  organization?: string;
  municipality?: string;
  since?: string;
  service?: string;
  serviceFile?: string;
  baseUrl?: string;
  timeoutMs?: number;
  retries?: number;
  rate?: number;
  quiet: boolean;
}

const isType = (s: string): s is ChannelType => (CHANNEL_TYPES as readonly string[]).includes(s);

function kindOf(value: string): ProviderKind {
  if (!(PROVIDER_KINDS as readonly string[]).includes(value)) throw new UsageError(`unknown kind ${value}; one of ${PROVIDER_KINDS.join(', ')}`);
  return value as ProviderKind;
}

function formsOf(value: string | readonly unknown[]): SupportForm[] {
  const forms = (typeof value === 'string' ? value.split(',') : value).map((f) => String(f).trim()).filter(Boolean);
  const bad = forms.find((f) => !(SUPPORT_FORMS as readonly string[]).includes(f));
  if (bad !== undefined) throw new UsageError(`unknown form ${bad}; one of ${SUPPORT_FORMS.join(', ')}`);
  return forms as SupportForm[];
}

/** `KEY=VALUE` splits; a plain value has no key. */
const split = (arg: string): [string | undefined, string] => {
  const at = arg.indexOf('=');
  return at > 0 ? [arg.slice(0, at).trim(), arg.slice(at + 1)] : [undefined, arg];
};

function addKind(m: PtvMappingOptions, arg: string): void {
  const [key, value] = split(arg);
  if (key === undefined) m.kind = kindOf(value.trim());
  else if (isType(key)) m.kindsByType = { ...m.kindsByType, [key]: kindOf(value.trim()) };
  else m.kinds = { ...m.kinds, [key]: kindOf(value.trim()) };
}

function addForms(m: PtvMappingOptions, arg: string | readonly unknown[], key?: string): void {
  if (key === undefined && typeof arg === 'string') {
    const [k, value] = split(arg);
    if (k !== undefined) return addForms(m, value, k);
  }
  const forms = formsOf(arg);
  if (key === undefined) m.forms = forms;
  else if (isType(key)) m.formsByType = { ...m.formsByType, [key]: forms };
  else m.formsById = { ...m.formsById, [key]: forms };
}

/**
 * A mapping file: `{ "kind": "library", "kinds": { "Phone": "citizen-advice", "<id>": … },
 * "forms": { "EChannel": ["chat", "video"], "<id>": ["peer-group"] } }` (`forms` may also be
 * a plain list for every channel), plus `"free": true` and `"includeUnpublished": true`.
 */
export function readMappingFile(path: string, m: PtvMappingOptions): void {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the mapping file ${path}: ${(error as Error).message}`);
  }
  if (!isObject(json)) throw new UsageError(`the mapping file ${path} must be a JSON object`);
  for (const key of Object.keys(json)) if (!['kind', 'kinds', 'forms', 'free', 'includeUnpublished', '$comment'].includes(key)) throw new UsageError(`the mapping file ${path}: unknown key ${key}`);
  if (typeof json.kind === 'string') m.kind = kindOf(json.kind);
  if (isObject(json.kinds)) for (const [k, v] of Object.entries(json.kinds)) addKind(m, `${k}=${String(v)}`);
  if (Array.isArray(json.forms)) addForms(m, json.forms);
  else if (isObject(json.forms)) {
    for (const [k, v] of Object.entries(json.forms)) {
      if (!Array.isArray(v)) throw new UsageError(`the mapping file ${path}: forms.${k} must be a list`);
      addForms(m, v, k);
    }
  }
  if (typeof json.free === 'boolean') m.free = json.free;
  if (json.includeUnpublished === true) m.includeUnpublished = true;
}

export function parseArgs(argv: readonly string[]): CliOptions | 'help' {
  const args = [...argv];
  let command: Command = 'convert';
  if (args[0] === 'fetch' || args[0] === 'channels' || args[0] === 'convert') command = args.shift() as Command;
  const o: CliOptions = { command, inputs: [], mapping: {}, quiet: false };
  const number = (arg: string, v: string, min: number): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min) throw new UsageError(`${arg} takes a number of at least ${min}`);
    return n;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--help':
      case '-h':
        return 'help';
      case '--kind':
        addKind(o.mapping, value());
        break;
      case '--forms':
        addForms(o.mapping, value());
        break;
      case '--mapping':
        readMappingFile(value(), o.mapping);
        break;
      case '--free':
        o.mapping.free = true;
        break;
      case '--include-unpublished':
        o.mapping.includeUnpublished = true;
        break;
      case '--out':
        o.out = value();
        break;
      case '--problems':
        o.problems = value();
        break;
      case '--save-raw':
        o.saveRaw = value();
        break;
      case '--organization':
      case '--organisation':
        o.organization = value();
        break;
      case '--municipality': {
        const code = value();
        if (!/^\d{3}$/.test(code)) throw new UsageError('--municipality takes a municipality code of three digits, e.g. 905');
        o.municipality = code;
        break;
      }
      case '--since': {
        const since = value();
        if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/.test(since) || Number.isNaN(Date.parse(since))) throw new UsageError('--since takes a date, e.g. 2026-11-01 or 2026-11-01T08:00:00');
        o.since = since;
        break;
      }
      case '--service':
        o.service = value();
        break;
      case '--service-file':
        o.serviceFile = value();
        break;
      case '--base-url': {
        const url = value();
        if (!/^https?:\/\/[^\s]+$/.test(url)) throw new UsageError('--base-url takes an http or https address');
        o.baseUrl = url;
        break;
      }
      case '--timeout':
        o.timeoutMs = number(arg, value(), 1);
        break;
      case '--retries':
        o.retries = number(arg, value(), 0);
        break;
      case '--rate':
        o.rate = number(arg, value(), 0.01);
        break;
      case '--quiet':
        o.quiet = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg} (see --help)`);
        o.inputs.push(arg);
    }
  }
  if (command === 'fetch' && !o.organization) throw new UsageError('fetch needs --organization <PTV organisation id>');
  if (command === 'fetch' && o.inputs.length) throw new UsageError('fetch reads the PTV open API, not files; give files without "fetch"');
  if (command === 'channels' && !o.service && !o.serviceFile) throw new UsageError('channels needs --service <PTV service id> (read from the API) or --service-file FILE with channel files');
  if (command === 'channels' && o.serviceFile && o.inputs.length === 0) throw new UsageError('channels --service-file needs the channel files too (or standard input "-")');
  return o;
}
