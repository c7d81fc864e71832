/**
 * Small readers for PTV's JSON, and the ledger that makes "nothing lost" checkable: every
 * part of a channel the mapping uses is marked `used`, every part it reports is marked
 * `reported`, and whatever is left afterwards is an unmapped field, counted by path.
 */
export type Json = Record<string, unknown>;

export const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
export const own = (o: Json, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);
export const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
export const str = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() !== '' ? x.trim() : undefined);

const LANG = /^[a-z]{2,3}$/;

/**
 * PTV's `[{ language, value }]` → `{ fi: …, sv: … }`. With `type`, only items of that type
 * (an item without a type counts as any). Blank values are left out; the first value of a
 * language wins.
 */
export function localized(items: unknown, type?: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const item of list(items)) {
    if (!isObject(item)) continue;
    const t = own(item, 'type');
    if (type !== undefined && t !== undefined && t !== null && t !== type) continue;
    const lang = own(item, 'language');
    const value = str(own(item, 'value'));
    if (typeof lang !== 'string' || !LANG.test(lang) || value === undefined) continue;
    out[lang] ??= value;
  }
  return Object.keys(out).length ? out : undefined;
}

/** A value that carries nothing: null, blank text, an empty list or object. */
export function isEmpty(x: unknown): boolean {
  if (x === null || x === undefined) return true;
  if (typeof x === 'string') return x.trim() === '';
  if (Array.isArray(x)) return x.every(isEmpty);
  if (isObject(x)) return Object.values(x).every(isEmpty);
  return false;
}

/** `addresses[2].streetAddress.street[0].value` → `addresses[].streetAddress.street[].value`. */
const normalized = new Map<string, string>();
export const normalizePath = (path: string): string => {
  // The same few hundred paths come back for every channel: remember them.
  let n = normalized.get(path);
  if (n === undefined) {
    n = path.replace(/\[\d+\]/g, '[]');
    if (normalized.size < 100_000) normalized.set(path, n);
  }
  return n;
};

/**
 * What one channel's mapping did with its input, by path (`addresses[0].streetAddress`).
 * A path marks its whole subtree.
 */
export class Ledger {
  /** Every marked path and how: one hash look-up per node of the walk. */
  private readonly marks = new Map<string, 'used' | 'reported' | 'left'>();
  readonly leftOut = new Map<string, string>();

  use(...paths: string[]): void {
    for (const p of paths) if (!this.marks.has(p)) this.marks.set(p, 'used');
  }

  /** The paths the mapping carried into the output. */
  get used(): string[] {
    const out: string[] = [];
    for (const [p, how] of this.marks) if (how === 'used') out.push(p);
    return out;
  }

  report(path: string): void {
    this.marks.set(path, 'reported');
  }

  /** A field knowingly not carried over, with the reason the report gives. */
  leave(path: string, reason: string): void {
    this.leftOut.set(path, reason);
    this.marks.set(path, 'left');
  }

  /** A field first left out, then used after all (a name the display falls back to). */
  unleave(path: string): void {
    this.leftOut.delete(path);
    this.marks.set(path, 'used');
  }

  covered(path: string): boolean {
    return this.marks.has(path);
  }

  /**
   * The leaves of `value` (below `path`) that no mark covers and that carry something.
   * Walks the subtree once and stops at the first covered ancestor.
   */
  uncovered(value: unknown, path = ''): string[] {
    const out: string[] = [];
    const walk = (v: unknown, p: string): void => {
      if (v === null || v === undefined) return;
      if (p !== '' && this.covered(p)) return;
      if (Array.isArray(v)) for (let i = 0; i < v.length; i++) walk(v[i], `${p}[${i}]`);
      else if (typeof v === 'object') for (const k in v as Json) walk((v as Json)[k], p ? `${p}.${k}` : k);
      // A leaf that carries nothing (blank text) is not a lost field; empty lists and
      // objects have no leaves at all.
      else if (typeof v !== 'string' || v.trim() !== '') out.push(p);
    };
    walk(value, path);
    return out;
  }
}
