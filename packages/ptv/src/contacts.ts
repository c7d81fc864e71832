/**
 * Phone numbers, e-mail addresses and web pages. Real answers (v8–v11) repeat a phone
 * number once per language with the language's texts, put help-desk numbers of e-services
 * in `supportPhones` / `supportEmails`, and list web addresses per language: `webPages`
 * (`{ url, value, language, orderNumber }`), the e-service's own `webPage` (v11) or `urls`
 * (v8) and a printable form's `channelUrls`, where `value` may be null or be the address.
 */
import type { MapContext } from './context.js';
import { isObject, list, own, str, type Json } from './json.js';

const CHARGE: Readonly<Record<string, string>> = {
  Chargeable: 'Chargeable',
  FreeOfCharge: 'FreeOfCharge',
  Other: 'Other',
  // v7–v8 names.
  Charged: 'Chargeable',
  Free: 'FreeOfCharge',
};

/** `phoneNumbers` and `supportPhones` → phone numbers with their texts by language. */
export function mapPhones(item: Json, ctx: MapContext): Json[] {
  const phones = new Map<string, Json>();
  for (const field of ['phoneNumbers', 'supportPhones'] as const) {
    list(own(item, field)).forEach((p, i) => {
      const path = `${field}[${i}]`;
      if (!isObject(p)) return ctx.problem(path, 'phone', 'not an object; left out');
      const phoneType = own(p, 'type');
      if (phoneType !== undefined && phoneType !== null && phoneType !== 'Phone') {
        return ctx.problem(path, 'phone-type', `${String(phoneType).slice(0, 20)} numbers are not converted (the finder and the notice offer calls only)`);
      }
      const number = str(own(p, 'number'));
      if (!number) return ctx.problem(`${path}.number`, 'phone', 'no number; left out');
      if (!/^[0-9 ()+-]{3,25}$/.test(number)) return ctx.problem(`${path}.number`, 'phone', `${number.slice(0, 30)} is not a phone number; left out`);
      // A Finnish service number (0800, 0600 …) is dialled without a country prefix.
      const service = own(p, 'isFinnishServiceNumber') === true;
      const prefix = service ? undefined : str(own(p, 'prefixNumber'));
      const key = `${prefix ?? ''} ${number.replace(/\s+/g, '')}`;
      const lang = str(own(p, 'language')) ?? 'fi';
      const rawCharge = own(p, 'serviceChargeType');
      const charge = CHARGE[String(rawCharge)];
      let entry = phones.get(key);
      if (!entry) {
        entry = { number, ...(prefix && /^\+\d{1,4}$/.test(prefix) ? { prefixNumber: prefix } : {}), serviceChargeType: charge ?? 'Other' };
        if (!charge) ctx.problem(`${path}.serviceChargeType`, 'phone-charge', `${JSON.stringify(rawCharge ?? null).slice(0, 20)}: PTV does not say what a call costs; Other used`);
        phones.set(key, entry);
      }
      if (charge) ctx.ledger.use(`${path}.serviceChargeType`);
      for (const text of ['chargeDescription', 'additionalInformation'] as const) {
        const t = str(own(p, text));
        if (t) entry[text] = { ...((entry[text] as object) ?? {}), [lang]: t.slice(0, 5000) };
      }
      ctx.ledger.use(`${path}.type`, `${path}.number`, `${path}.prefixNumber`, `${path}.isFinnishServiceNumber`, `${path}.language`, `${path}.chargeDescription`, `${path}.additionalInformation`);
    });
  }
  const out = [...phones.values()];
  if (out.length > 20) {
    ctx.problem('phoneNumbers', 'phone', `${out.length} numbers; the first 20 kept`);
    out.length = 20;
  }
  return out;
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** `emails` and `supportEmails` → e-mail addresses, each once. */
export function mapEmails(item: Json, ctx: MapContext): Json[] {
  const seen = new Set<string>();
  for (const field of ['emails', 'supportEmails'] as const) {
    list(own(item, field)).forEach((e, i) => {
      const path = `${field}[${i}]`;
      const value = isObject(e) ? str(own(e, 'value')) : undefined;
      if (!value || !EMAIL.test(value) || value.length > 254) return ctx.problem(path, 'email', `${JSON.stringify(value ?? null).slice(0, 40)} is not an e-mail address; left out`);
      seen.add(value);
      ctx.ledger.use(`${path}.value`);
      ctx.ledger.leave(`${path}.language`, 'the provider format lists e-mail addresses without a language');
    });
  }
  return [...seen].slice(0, 20).map((value) => ({ value }));
}

/** Web-address lists by the field names PTV has used; `value` holds the address in `urls` and `channelUrls`. */
const URL_FIELDS: ReadonlyArray<{ field: string; urlIn: 'url' | 'value' }> = [
  { field: 'webPages', urlIn: 'url' },
  { field: 'webPage', urlIn: 'url' },
  { field: 'urls', urlIn: 'value' },
  { field: 'channelUrls', urlIn: 'value' },
];

/**
 * Web pages, keeping each address's language: a page given in Finnish and Swedish at one
 * address keeps both names; different addresses per language keep their own language.
 */
export function mapWebPages(item: Json, ctx: MapContext, fields: readonly string[] = ['webPages', 'webPage', 'urls']): Json[] {
  const pages = new Map<string, Json & { order: number }>();
  for (const { field, urlIn } of URL_FIELDS) {
    if (!fields.includes(field)) continue;
    list(own(item, field)).forEach((w, i) => {
      const path = `${field}[${i}]`;
      if (!isObject(w)) return ctx.problem(path, 'web-page', 'not an object; left out');
      const url = str(own(w, urlIn)) ?? str(own(w, 'url'));
      if (!url || !/^https?:\/\/[^\s]+$/i.test(url) || url.length > 2048) return ctx.problem(path, 'web-page', `${JSON.stringify(url ?? null).slice(0, 60)} is not an http or https address; left out`);
      const lang = str(own(w, 'language'));
      const name = urlIn === 'url' ? str(own(w, 'value')) : undefined;
      const order = Number(own(w, 'orderNumber'));
      const entry = pages.get(url) ?? { url, order: Number.isFinite(order) ? order : 1000 + pages.size };
      if (lang && /^[a-z]{2,3}$/.test(lang)) {
        if (name) entry.name = { ...((entry.name as object) ?? {}), [lang]: name.slice(0, 5000) };
        const langs = new Set((entry.languages as string[] | undefined) ?? []);
        langs.add(lang);
        entry.languages = [...langs];
      }
      pages.set(url, entry);
      ctx.ledger.use(`${path}.url`, `${path}.value`, `${path}.language`, `${path}.orderNumber`, `${path}.type`);
    });
  }
  const out = [...pages.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, languages, ...page }) => {
      const langs = languages as string[] | undefined;
      // One language: the address is that language's. Several: the same address serves them all.
      return langs?.length === 1 ? { ...page, language: langs[0] } : page;
    });
  if (out.length > 20) {
    ctx.problem(fields[0] ?? 'webPages', 'web-page', `${out.length} web pages; the first 20 kept`);
    out.length = 20;
  }
  return out;
}
