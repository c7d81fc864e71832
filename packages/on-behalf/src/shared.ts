import type { LocalizedText } from '@auta/core';

/** Whom the user acts for. */
export type ActingAs = 'self' | 'person' | 'organisation';

/** Every choice, in the order they are offered by default. */
export const ACTING_AS: readonly ActingAs[] = ['self', 'person', 'organisation'];

/** Detail of the entry's events: the choice, never who the user is. */
export interface OnBehalfEventDetail {
  actingAs: ActingAs;
}

declare global {
  interface HTMLElementEventMap {
    'auta-on-behalf-change': CustomEvent<OnBehalfEventDetail>;
    'auta-on-behalf-submit': CustomEvent<OnBehalfEventDetail>;
    'auta-on-behalf-skip': CustomEvent<OnBehalfEventDetail>;
  }
}

export const isActingAs = (v: unknown): v is ActingAs => (ACTING_AS as readonly unknown[]).includes(v);

/** A plain object keyed by language codes (`fi`, `sv`, `en`, `se` …) with some text; not an array. */
export const hasText = (t: unknown): t is LocalizedText =>
  typeof t === 'object' &&
  t !== null &&
  !Array.isArray(t) &&
  Object.entries(t).some(([lang, v]) => /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang) && typeof v === 'string' && v.trim() !== '');

/** Keeps the entries with an id and a name; warns about the others, naming the field. */
export function validEntries<T extends { id: string; name: LocalizedText }>(list: unknown, field: string, warn: (text: string) => void): T[] {
  if (list == null) return [];
  if (!Array.isArray(list)) {
    warn(`${field} is not an array; ignored.`);
    return [];
  }
  return list.filter((item, i): item is T => {
    const entry = item as Partial<T> | null;
    if (typeof entry?.id !== 'string' || entry.id.trim() === '') warn(`${field}[${i}] skipped: "id" is missing.`);
    else if (!hasText(entry.name)) warn(`${field}[${i}] skipped: "name" has no text in any language.`);
    else return true;
    return false;
  });
}

