/**
 * PTV (Finnish Service Catalogue) open API service channels → Auta providers.
 *
 * Source shapes: the open API's service channels, v8 to v11, as real answers send them
 * (see the README for the sources). What PTV does not say is not guessed: a provider's
 * kind (PTV has none), forms of support for web channels and cost come from options.
 * Nothing is lost silently: each channel is converted or named with a reason, and each
 * input field is mapped, listed as knowingly left out, or reported.
 */
import {
  PROVIDER_KINDS,
  SUPPORT_FORMS,
  loadProviders,
  type Provider,
  type ProviderKind,
  type SupportForm,
} from '@auta/provider-finder/data.js';
import { readAddress } from './address.js';
import { mapAreas } from './areas.js';
import { mapEmails, mapPhones, mapWebPages } from './contacts.js';
import type { MapContext, PtvProblem } from './context.js';
import { mapServiceHours } from './hours.js';
import { readChannelList } from './input.js';
import { Ledger, isObject, list, localized, normalizePath, own, str, type Json } from './json.js';
import { ALTERNATIVE_NAME, LEFT_OUT, LONG_DESCRIPTION } from './left-out.js';

export const CHANNEL_TYPES = ['ServiceLocation', 'Phone', 'EChannel', 'WebPage', 'PrintableForm'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export interface PtvMappingOptions {
  /** The kind of every provider converted (PTV has no such field), e.g. `library`. */
  kind?: ProviderKind;
  /** Kinds by channel type; win over `kind`. */
  kindsByType?: Readonly<Partial<Record<ChannelType, ProviderKind>>>;
  /** Kinds by PTV channel id, for exports that mix kinds; win over everything else. */
  kinds?: Readonly<Record<string, ProviderKind>>;
  /**
   * Forms of support added to every provider. Without other forms a `ServiceLocation`
   * gives `service-point` and a `Phone` channel `phone`; web channels give none.
   */
  forms?: readonly SupportForm[];
  /** Forms by channel type (`{ EChannel: ['chat', 'video'] }`): replace the defaults and `forms`. */
  formsByType?: Readonly<Partial<Record<ChannelType, readonly SupportForm[]>>>;
  /** Forms by PTV channel id: win over everything else. */
  formsById?: Readonly<Record<string, readonly SupportForm[]>>;
  /** Set `free` on every provider (PTV channels do not say what the help costs). */
  free?: boolean;
  /** Convert channels that are not `Published` too. Default false. */
  includeUnpublished?: boolean;
  /** Written as `sample: true` (for fixtures and demos). */
  sample?: boolean;
  /** Also return, per converted channel, the exact paths mapped and left out (for audits and tests). */
  trace?: boolean;
}

/** Per converted channel: the exact input paths mapped and knowingly left out. */
export interface ChannelTrace {
  index: number;
  used: string[];
  leftOut: string[];
}

export interface LeftOutField {
  path: string;
  reason: string;
  count: number;
}

export interface PtvStats {
  channels: number;
  converted: number;
  skipped: number;
  /** Field problems, an aggregated unknown field counting once per channel that had it. */
  fieldProblems: number;
  /** Kinds of field problem: distinct problem code × field path (indices left out). */
  kinds: number;
}

export interface PtvResult {
  providers: Provider[];
  /** `index` is the channel's position in the input; `path` is in PTV's terms. */
  problems: PtvProblem[];
  /** Fields knowingly not carried over, by path, with the reason and how often they came. */
  leftOut: LeftOutField[];
  /** The input paths (indices left out) the mapping carried into the output. */
  mapped: string[];
  /** With `trace`: what happened to each converted channel's fields. */
  traces?: ChannelTrace[];
  stats: PtvStats;
}

const LEFT_OUT_ENTRIES = Object.entries(LEFT_OUT);

const DEFAULT_FORM: Partial<Record<ChannelType, SupportForm>> = { ServiceLocation: 'service-point', Phone: 'phone' };

function formsFor(id: string, type: ChannelType, options: PtvMappingOptions): SupportForm[] {
  const explicit = options.formsById?.[id] ?? options.formsByType?.[type];
  const forms = new Set<SupportForm>(explicit ?? options.forms ?? []);
  if (!explicit && DEFAULT_FORM[type]) forms.add(DEFAULT_FORM[type]!);
  return [...forms].filter((f) => SUPPORT_FORMS.includes(f));
}

/** The languages a channel's names and descriptions are written in, for channels that list none. */
function textLanguages(item: Json): string[] {
  const langs = new Set<string>();
  for (const field of ['serviceChannelNames', 'serviceChannelDescriptions']) {
    for (const lang of Object.keys(localized(own(item, field)) ?? {})) langs.add(lang);
  }
  return [...langs];
}

/** The name PTV displays in each language: `displayNameType` picks Name or AlternativeName. */
function displayName(item: Json, ledger: Ledger): Record<string, string> | undefined {
  const names = list(own(item, 'serviceChannelNames'));
  const shown = new Map<string, string>();
  for (const d of list(own(item, 'displayNameType'))) {
    if (isObject(d) && typeof own(d, 'language') === 'string' && typeof own(d, 'type') === 'string') shown.set(own(d, 'language') as string, own(d, 'type') as string);
  }
  ledger.use('displayNameType');
  const out: Record<string, string> = {};
  names.forEach((n, i) => {
    if (!isObject(n)) return;
    const lang = own(n, 'language');
    const value = str(own(n, 'value'));
    const type = (own(n, 'type') as string | undefined) ?? 'Name';
    if (typeof lang !== 'string' || !/^[a-z]{2,3}$/.test(lang) || !value) return;
    if (type === (shown.get(lang) ?? 'Name') && out[lang] === undefined) {
      out[lang] = value;
      ledger.use(`serviceChannelNames[${i}]`);
    } else ledger.leave(`serviceChannelNames[${i}]`, ALTERNATIVE_NAME);
  });
  // A language with only an alternative name still gets a name.
  names.forEach((n, i) => {
    if (!isObject(n) || typeof own(n, 'language') !== 'string' || !str(own(n, 'value'))) return;
    const lang = own(n, 'language') as string;
    if (out[lang] === undefined && /^[a-z]{2,3}$/.test(lang)) {
      out[lang] = str(own(n, 'value'))!;
      ledger.unleave(`serviceChannelNames[${i}]`);
    }
  });
  return Object.keys(out).length ? out : undefined;
}

interface ChannelOutcome {
  record?: Json;
  ledger: Ledger;
}

function mapChannel(item: unknown, index: number, options: PtvMappingOptions, problems: PtvProblem[]): ChannelOutcome {
  const ledger = new Ledger();
  if (!isObject(item)) {
    problems.push({ index, path: '', code: 'record', message: 'a service channel must be an object', effect: 'record' });
    return { ledger };
  }
  const id = str(own(item, 'id'));
  const ctx: MapContext = {
    ledger,
    problem: (path, code, message, alsoPaths) => {
      ledger.report(path);
      for (const also of alsoPaths ?? []) ledger.report(also);
      problems.push({ index, ...(id ? { id } : {}), path, code, message, effect: 'field', ...(alsoPaths ? { alsoPaths } : {}) });
    },
  };
  const skip = (path: string, code: string, message: string): ChannelOutcome => {
    problems.push({ index, ...(id ? { id } : {}), path, code, message, effect: 'record' });
    return { ledger };
  };
  if (!id) return skip('id', 'record', 'missing channel id');
  ledger.use('id');
  const status = own(item, 'publishingStatus');
  if (status !== undefined && status !== null && status !== 'Published' && !options.includeUnpublished) {
    return skip('publishingStatus', 'unpublished', `not published (${String(status).slice(0, 30)}); give --include-unpublished to convert it`);
  }
  ledger.use('publishingStatus');
  const rawType = own(item, 'serviceChannelType');
  const type = CHANNEL_TYPES.find((t) => t === rawType);
  if (!type) return skip('serviceChannelType', 'channel-type', `${JSON.stringify(rawType ?? null).slice(0, 40)} is not a PTV channel type`);
  if (type === 'PrintableForm') {
    return skip('serviceChannelType', 'printable-form', 'a printable form is not a place or line to get help, so not a provider; `auta-ptv channels` uses it for the notice\'s mail channel');
  }
  ledger.use('serviceChannelType');

  const name = displayName(item, ledger);
  if (!name) return skip('serviceChannelNames', 'record', 'no name in any language');
  const descriptions = own(item, 'serviceChannelDescriptions');
  // v11 calls the short text Summary; older answers ShortDescription.
  const summaryType = localized(descriptions, 'Summary') ? 'Summary' : localized(descriptions, 'ShortDescription') ? 'ShortDescription' : 'Description';
  const description = localized(descriptions, summaryType);
  list(descriptions).forEach((d, i) => {
    const t = isObject(d) ? own(d, 'type') : undefined;
    if (t === summaryType || t === undefined || t === null) ledger.use(`serviceChannelDescriptions[${i}]`);
    else ledger.leave(`serviceChannelDescriptions[${i}]`, LONG_DESCRIPTION);
  });
  if (!description) ctx.problem('serviceChannelDescriptions', 'no-description', 'no summary or description');

  const kind = options.kinds?.[id] ?? options.kindsByType?.[type] ?? options.kind;
  if (!kind || !PROVIDER_KINDS.includes(kind)) return skip('(kind)', 'no-kind', 'PTV does not say what kind of provider this is: give a kind (CLI --kind or a mapping file)');
  const forms = formsFor(id, type, options);
  if (forms.length === 0) return skip('serviceChannelType', 'no-forms', `${/^[aeiou]/i.test(type) ? 'an' : 'a'} ${type} channel says nothing about the form of support: give forms (CLI --forms ${type}=chat,video or a mapping file)`);

  let languages = [...new Set(list(own(item, 'languages')).filter((l): l is string => typeof l === 'string' && /^[a-z]{2,3}$/.test(l)))];
  if (languages.length === 0) {
    languages = textLanguages(item);
    if (languages.length === 0) return skip('languages', 'no-languages', 'no languages, and no names or descriptions to tell them from');
    // Real EChannels come with `languages: []`; the languages their texts are written in are the best statement there is.
    ctx.problem('languages', 'languages-inferred', `no languages given; ${languages.join(', ')} taken from the names and descriptions`);
  } else ledger.use('languages');

  const out: Json = { id, name, kind, supportForms: forms, languages };
  if (description) out.description = description;

  const addresses: Json[] = [];
  const accessibility: Record<string, string[]> = {};
  list(own(item, 'addresses')).forEach((raw, i) => {
    const a = readAddress(raw, `addresses[${i}]`, ctx);
    if (!a) return;
    for (const { group, sentences } of a.accessibility) {
      const langs = new Set(sentences.flatMap((s) => Object.keys(s)));
      for (const lang of langs) {
        const text = sentences.map((s) => s[lang]).filter(Boolean).join(' ');
        (accessibility[lang] ??= []).push(group?.[lang] ? `${group[lang]}: ${text}` : text);
      }
    }
    if (a.form !== 'street') {
      const what = a.form === 'box' ? 'a post-office box' : a.form === 'abroad' ? 'an address abroad' : 'an address without a street';
      ctx.problem(a.path, 'address-form', `${what} is not a place to visit; left out of the finder (\`auta-ptv channels\` uses postal addresses)`);
      return;
    }
    if (!a.street || !a.postalCode || !a.postOffice) {
      ctx.problem(a.path, 'address', `a street address needs street, postal code and post office; ${!a.street ? 'street' : !a.postalCode ? 'postal code' : 'post office'} missing; left out`);
      return;
    }
    const municipality = a.municipality?.name ? { code: a.municipality.code, name: a.municipality.name } : undefined;
    addresses.push({
      type: a.type,
      street: a.street,
      ...(a.streetNumber ? { streetNumber: a.streetNumber } : {}),
      postalCode: a.postalCode,
      postOffice: a.postOffice,
      ...(municipality ? { municipality } : {}),
      ...(a.point ?? {}),
      ...(a.additionalInformation ? { additionalInformation: a.additionalInformation } : {}),
    });
  });
  if (addresses.length > 20) {
    ctx.problem('addresses', 'address', `${addresses.length} addresses; the first 20 kept`);
    addresses.length = 20;
  }
  if (addresses.length) out.addresses = addresses;
  // The sentences are kept as text, grouped as PTV groups them. No accessibility flag is
  // set: PTV's open API has no structured field for step-free access, induction loops,
  // accessible toilets or parking, and guessing them from free text would mislead.
  const description5000 = Object.fromEntries(Object.entries(accessibility).map(([lang, texts]) => [lang, texts.join('\n').slice(0, 5000)]));
  if (Object.keys(description5000).length) out.accessibility = { description: description5000 };

  const { areaType, areas } = mapAreas(item, ctx, addresses.length > 0);
  out.areaType = areaType;
  if (areas.length) out.areas = areas;

  const hours = mapServiceHours(own(item, 'serviceHours'), 'serviceHours', ctx);
  if (hours.length) out.serviceHours = hours;
  const phones = mapPhones(item, ctx);
  if (phones.length) out.phoneNumbers = phones;
  const emails = mapEmails(item, ctx);
  if (emails.length) out.emails = emails;
  const pages = mapWebPages(item, ctx);
  if (pages.length) out.webPages = pages;

  if (options.free !== undefined) out.free = options.free;
  const modified = str(own(item, 'modified'));
  if (modified) out.modified = modified.replace(/\.\d+(?=Z|$)/, '');
  ledger.use('modified');
  if (options.sample) out.sample = true;
  for (const [field, reason] of LEFT_OUT_ENTRIES) if (own(item, field) !== undefined) ledger.leave(field, reason);
  return { record: out, ledger };
}

/** Converts a PTV export to providers, reporting every channel and field that could not be mapped. */
export function fromPtvServiceChannels(json: unknown, options: PtvMappingOptions = {}): PtvResult {
  const problems: PtvProblem[] = [];
  const { channels, problems: inputProblems } = readChannelList(json);
  for (const message of inputProblems) problems.push({ index: -1, path: '', code: 'input', message, effect: channels.length ? 'field' : 'record' });
  const mapped: Array<{ index: number; record: Json }> = [];
  const unmapped = new Map<string, { count: number; ids: string[] }>();
  const leftOut = new Map<string, LeftOutField>();
  const used = new Set<string>();
  const traces: ChannelTrace[] = [];
  channels.forEach((item, index) => {
    const { record, ledger } = mapChannel(item, index, options, problems);
    if (!record) return;
    mapped.push({ index, record });
    for (const path of ledger.uncovered(item)) {
      const key = normalizePath(path);
      const entry = unmapped.get(key) ?? { count: 0, ids: [] };
      entry.count++;
      if (entry.ids.length < 3) entry.ids.push(record.id as string);
      unmapped.set(key, entry);
    }
    for (const path of ledger.used) used.add(normalizePath(path));
    if (options.trace) traces.push({ index, used: ledger.used, leftOut: [...ledger.leftOut.keys()] });
    for (const [path, reason] of ledger.leftOut) {
      const key = normalizePath(path);
      const entry = leftOut.get(key) ?? { path: key, reason, count: 0 };
      entry.count++;
      leftOut.set(key, entry);
    }
  });
  for (const [path, { count, ids }] of unmapped) {
    problems.push({ index: -1, path, code: 'unmapped', count, effect: 'field', message: `a field this adapter does not know, in ${count} channel(s) (e.g. ${ids.join(', ')}); not converted` });
  }
  // Our own schema has the last word; its problems are renumbered to the PTV positions.
  const checked = loadProviders(
    mapped.map((m) => m.record),
    { warn: false, maxProblems: Number.MAX_SAFE_INTEGER },
  );
  for (const p of checked.problems) {
    const index = p.index >= 0 ? (mapped[p.index]?.index ?? p.index) : -1;
    problems.push({ ...p, index, code: 'schema', path: p.path ? `(converted) ${p.path}` : '' });
  }
  const skipped = new Set(problems.filter((p) => p.effect === 'record' && p.index >= 0).map((p) => p.index)).size;
  const fieldProblems = problems.filter((p) => p.effect === 'field');
  const kinds = new Set(fieldProblems.map((p) => `${p.code} ${normalizePath(p.path)}`)).size;
  return {
    providers: checked.providers,
    problems,
    leftOut: [...leftOut.values()],
    mapped: [...used].sort(),
    ...(options.trace ? { traces } : {}),
    stats: {
      channels: channels.length,
      converted: checked.providers.length,
      skipped,
      fieldProblems: fieldProblems.reduce((n, p) => n + (p.count ?? 1), 0),
      kinds,
    },
  };
}
