/**
 * Browser-test helpers for the lazy chunks (`messages-easy` and `messages.sv`, `messages.en` of a package): what
 * a page requested, what an element showed after each of its updates, and a chunk that
 * fails to load.
 */

/** The requests this page made for `<pkg>`'s easy-to-read chunk (Resource Timing lists module fetches, failed ones too). */
export const easyChunkRequests = (pkg: string): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => new URL(url).pathname.startsWith(`/packages/${pkg}/src/messages-easy.`));

/**
 * The text of the element's shadow root after each of its updates, from the first. Call it
 * before the element is connected: every state a person could have seen is in the list.
 */
export function textAfterEveryUpdate(el: HTMLElement): string[] {
  const seen: string[] = [];
  const own = el as unknown as { updated(changed: unknown): void };
  const updated = own.updated.bind(el);
  own.updated = (changed) => {
    seen.push(el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim());
    updated(changed);
  };
  return seen;
}

/**
 * Makes the test server answer 404 for `<pkg>`'s easy-to-read chunk (a chunk left behind
 * when self-hosting), until the returned function is called. scripts/test-server-plugins.mjs
 * reads the cookie.
 */
export function failEasyChunk(pkg: string): () => void {
  document.cookie = `auta-fail-easy-chunk=${pkg}; path=/`;
  return () => {
    document.cookie = 'auta-fail-easy-chunk=; path=/; max-age=0';
  };
}

/** The requests this page made for `<pkg>`'s language chunk `messages.<lang>` (Swedish or English copy). */
export const languageChunkRequests = (pkg: string, lang: 'sv' | 'en'): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => new URL(url).pathname.startsWith(`/packages/${pkg}/src/messages.${lang}.`));

/** Whether a loader's promise rejected: the plain loaders reject when their chunk cannot load, and `copyLoader` decides what an element does then. */
export const rejected = (loading: Promise<unknown>): Promise<boolean> => loading.then(() => false, () => true);
