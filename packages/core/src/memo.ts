/*
 * Work once per data. A page often shows the same data many times (a thousand notices with
 * one set of channels, twenty cards re-rendered per keystroke from the same providers), so
 * what is derived from a data object is kept beside it, weakly: it goes when the object goes.
 * Data given to Auta is read, never changed; a host that changes it gives a new object.
 */
const store = new WeakMap<object, Record<string, unknown>>();

/** What `make()` gives for `owner` and `key` (a language, a date), made once while `owner` lives. */
export function memo<T>(owner: object, key: string, make: () => T): T {
  let made = store.get(owner);
  if (!made) store.set(owner, (made = {}));
  return (made[key] ??= make()) as T;
}
