import type { ProviderProblem } from './problems.js';
import type { Provider } from './schema.js';
import { ProviderLoadError } from './source-types.js';
import { ACCESSIBILITY_FIELDS, LIST_ITEMS, PROVIDER_FIELDS, provider, validate, type Issue } from './validate.js';

export interface LoadResult {
  providers: Provider[];
  problems: ProviderProblem[];
}

export interface LoadOptions {
  /** Write one `console.warn` summary when there are problems. Default true. */
  warn?: boolean;
  /** Records read at most; the rest are reported as one problem. Default 1,000,000. */
  maxRecords?: number;
  /** Problems listed at most; a last entry counts the rest. Default 1,000. */
  maxProblems?: number;
}

const KEYS = Object.keys(PROVIDER_FIELDS);
const REQUIRED = new Set(['id', 'name', 'kind', 'supportForms', 'languages', 'areaType']);

const own = (o: object, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined);

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n)}…` : s);

function pathOf(prefix: string, issue: Issue): string {
  let path = prefix;
  for (const key of issue.path) {
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${clip(String(key), 40)}` : clip(String(key), 40);
  }
  return path;
}

function messageOf(issue: Issue): string {
  // The standard messages already say what was received; the schema's own do not.
  const message = clip(issue.message, 200);
  if (/received/i.test(message)) return message;
  return `${message} (received ${clip(issue.received)})`;
}

class ProblemList {
  readonly list: ProviderProblem[] = [];
  skipped = 0;
  dropped = 0;
  extra = 0;
  constructor(private readonly max: number) {}
  add(problem: ProviderProblem) {
    if (problem.effect === 'record' && problem.path === '') this.skipped++;
    if (this.list.length < this.max) this.list.push(problem);
    else this.extra++;
  }
}

/**
 * One record: the fast path parses it whole; a record with a problem is taken apart, so a
 * bad optional field (or one bad item of a list) is dropped and the rest is kept. A bad
 * required field skips the record. Only the schema's own keys are read (own properties
 * only), and the output objects are built by the schema, so keys like `__proto__` in the
 * input never reach a prototype.
 */
function loadRecord(input: unknown, index: number, problems: ProblemList): Provider | undefined {
  if (!isRecord(input)) {
    const what = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    problems.add({ index, path: '', message: `a provider must be an object, not ${what}`, effect: 'record' });
    return undefined;
  }
  const whole = validate(provider, input);
  if (whole.success) return whole.output as Provider;

  const rawId = own(input, 'id');
  const id = typeof rawId === 'string' && rawId !== '' ? clip(rawId, 200) : undefined;
  const at = (path: string, message: string, effect: 'record' | 'field') =>
    problems.add({ index, ...(id !== undefined ? { id } : {}), path, message, effect });

  const out: Record<string, unknown> = {};
  let fatal = false;
  for (const key of KEYS) {
    const value = own(input, key);
    const schema = PROVIDER_FIELDS[key]!;
    if (value === undefined) {
      if (REQUIRED.has(key)) {
        at(key, 'required field is missing', 'record');
        fatal = true;
      }
      continue;
    }
    const result = validate(schema, value);
    if (result.success) {
      out[key] = result.output;
      continue;
    }
    if (REQUIRED.has(key)) {
      for (const issue of result.issues.slice(0, 5)) at(pathOf(key, issue), messageOf(issue), 'record');
      fatal = true;
      continue;
    }
    const item = LIST_ITEMS[key];
    if (item && Array.isArray(value)) {
      const kept: unknown[] = [];
      value.forEach((x, i) => {
        const r = validate(item, x);
        if (r.success) kept.push(r.output);
        else at(pathOf(`${key}[${i}]`, r.issues[0]!), messageOf(r.issues[0]!), 'field');
      });
      const again = validate(schema, kept);
      if (again.success && kept.length > 0) out[key] = again.output;
      else if (!again.success) at(pathOf(key, again.issues[0]!), `${messageOf(again.issues[0]!)}; the list was left out`, 'field');
      continue;
    }
    if (key === 'accessibility' && isRecord(value)) {
      const kept: Record<string, unknown> = {};
      for (const k of Object.keys(ACCESSIBILITY_FIELDS)) {
        const x = own(value, k);
        if (x === undefined) continue;
        const r = validate(ACCESSIBILITY_FIELDS[k]!, x);
        if (r.success) kept[k] = r.output;
        else at(pathOf(`accessibility.${k}`, r.issues[0]!), messageOf(r.issues[0]!), 'field');
      }
      out[key] = kept;
      continue;
    }
    at(pathOf(key, result.issues[0]!), `${messageOf(result.issues[0]!)}; the field was left out`, 'field');
  }
  if (fatal) {
    problems.add({ index, ...(id !== undefined ? { id } : {}), path: '', message: 'record skipped', effect: 'record' });
    return undefined;
  }
  // Cross-field rules live on the whole object; a record that still fails is skipped.
  const final = validate(provider, out);
  if (final.success) return final.output as Provider;
  for (const issue of final.issues.slice(0, 3)) at(pathOf('', issue), messageOf(issue), 'record');
  problems.add({ index, ...(id !== undefined ? { id } : {}), path: '', message: 'record skipped', effect: 'record' });
  return undefined;
}

/**
 * Validates provider data of unknown shape: a JSON array of providers, or an object with a
 * `providers` array. Returns the valid providers and a list of problems (record index and
 * id, field path, what was wrong). Never throws: garbage gives an empty list and a problem
 * saying why. One `console.warn` per call summarises the problems, naming records and fields.
 */
export function loadProviders(json: unknown, options: LoadOptions = {}): LoadResult {
  const problems = new ProblemList(options.maxProblems ?? 1000);
  const maxRecords = options.maxRecords ?? 1_000_000;
  let records: readonly unknown[] | undefined;
  if (Array.isArray(json)) records = json;
  else if (isRecord(json) && Array.isArray(own(json, 'providers'))) records = own(json, 'providers') as unknown[];

  const providers: Provider[] = [];
  if (!records) {
    const what = json === null ? 'null' : typeof json === 'object' ? 'an object without a providers list' : typeof json;
    problems.add({ index: -1, path: '', message: `expected an array of providers (or { "providers": [...] }), got ${what}`, effect: 'record' });
  } else {
    const seen = new Map<string, number>();
    const count = Math.min(records.length, maxRecords);
    for (let i = 0; i < count; i++) {
      const provider = loadRecord(records[i], i, problems);
      if (!provider) continue;
      const first = seen.get(provider.id);
      if (first !== undefined) {
        problems.add({ index: i, id: provider.id, path: 'id', message: `duplicate id; the record at index ${first} was kept`, effect: 'record' });
        problems.skipped++;
        continue;
      }
      seen.set(provider.id, i);
      providers.push(provider);
    }
    if (records.length > maxRecords) {
      problems.add({ index: -1, path: '', message: `${records.length} records; only the first ${maxRecords} were read`, effect: 'record' });
    }
  }
  if (problems.extra > 0) {
    problems.list.push({ index: -1, path: '', message: `${problems.extra} more problems not listed`, effect: 'field' });
  }
  if (problems.list.length > 0 && options.warn !== false) console.warn(summarise(problems, providers.length));
  return { providers, problems: problems.list };
}

function summarise(problems: ProblemList, valid: number): string {
  const fields = problems.list.filter((p) => p.effect === 'field').length;
  const head = `Provider data: ${valid} valid, ${problems.skipped} record(s) skipped, ${fields} field(s) dropped.`;
  const lines = problems.list
    .filter((p) => p.message !== 'record skipped')
    .slice(0, 5)
    .map((p) => {
      const where = p.index < 0 ? 'input' : `record ${p.index}${p.id !== undefined ? ` (id ${JSON.stringify(p.id)})` : ''}`;
      return `  ${where}${p.path ? `, ${p.path}` : ''}: ${p.message}`;
    });
  const more = problems.list.length + problems.extra - lines.length;
  return [head, ...lines, ...(more > 0 ? [`  … see the problems list for the rest (${more}).`] : [])].join('\n');
}

/**
 * `JSON.parse` with an error that says where: throws `ProviderLoadError` of kind
 * `invalid-json` naming the line and column.
 */
export function parseProvidersJson(text: string): unknown {
  if (typeof text !== 'string') throw new ProviderLoadError('invalid-json', 'expected JSON text');
  try {
    return JSON.parse(text);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(raw)?.[1];
    let where = '';
    if (position !== undefined) {
      const before = text.slice(0, Number(position));
      const line = before.split('\n').length;
      const column = Number(position) - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${column}`;
    } else if (text.trim() === '') where = ': the text is empty';
    else where = ` (${clip(raw.replace(/\s+/g, ' '), 160)})`;
    throw new ProviderLoadError('invalid-json', `The provider data is not valid JSON${where}.`, { cause: error });
  }
}
