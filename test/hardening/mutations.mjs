// The protections `node test/hardening/mutate.mjs` takes out one at a time, each named by the
// guard that holds it (see mutation.mjs for the spec), and the tests that must then fail.
// `test/hardening/node/mutations.test.ts` checks in `npm test` that every guard is still
// where this list says, so a refactor that moves a protection updates this list with it.

const browser = (file) => ({ cmd: 'npx', args: ['web-test-runner'], env: { WTR_FILES: file } });
const node = (file) => ({ cmd: 'node', args: ['--conditions=@auta/source', '--import', 'tsx', '--test', '--test-reporter=spec', file], env: {} });

const NOTICE = 'packages/alt-channel/src/alt-channel-notice.ts';
const FINDER = 'packages/provider-finder/src/provider-finder.controller.ts';

/**
 * @typedef {{ file: string, guard: string, prepend?: string, find?: string, replace?: string }} MutationSpec
 * @type {Array<{ id: string, protection: string, mutate: MutationSpec | MutationSpec[], run: { cmd: string, args: string[], env: Record<string, string> } }>}
 */
export const MUTATIONS = [
  {
    id: 'safe-url',
    protection: 'safeUrl refuses disallowed schemes',
    mutate: { file: 'packages/core/src/safe-url.ts', guard: 'safeUrl', prepend: 'if (typeof input === "string" && input.trim()) return input.trim();' },
    run: browser('test/hardening/hostile-alt-channel.test.ts'),
  },
  {
    id: 'text-as-html',
    protection: 'data text is rendered as text, not parsed as HTML',
    mutate: {
      file: 'packages/core/src/text-with-lang.ts',
      guard: 'pickedWithLang',
      prepend: 'if (picked) { const t = document.createElement("template"); t.innerHTML = picked.text; return t.content; }',
    },
    run: browser('test/hardening/hostile-alt-channel.test.ts'),
  },
  {
    id: 'warn-every-render',
    protection: 'a data problem is reported once, not on every render',
    // Every update then looks as if the channels had changed, and they are checked (and warned
    // about) again, not taken from the answer kept for the data: both guards go.
    mutate: [
      { file: NOTICE, guard: 'AutaAltChannelNotice.willUpdate', prepend: 'changed.set("channels", undefined);' },
      { file: 'packages/core/src/channels.ts', guard: 'validateChannels', find: 'memo(input, kinds.join(), check)', replace: 'check()' },
    ],
    run: browser('test/hardening/hostile-alt-channel.test.ts'),
  },
  {
    id: 'check-once-per-data',
    protection: 'channels given as data are checked once per data object, whatever number of elements shows them',
    mutate: { file: 'packages/core/src/channels.ts', guard: 'validateChannels', find: 'memo(input, kinds.join(), check)', replace: 'check()' },
    run: browser('packages/alt-channel/test/alt-channel-notice.data.test.ts'),
  },
  {
    id: 'style-attribute',
    protection: 'no style="…" attribute in templates (strict style-src)',
    mutate: { file: NOTICE, guard: 'AutaAltChannelNotice.render', find: 'part="base"', replace: 'part="base" style="outline: 0"' },
    run: node('test/hardening/node/csp.test.ts'),
  },
  {
    id: 'innerhtml-sink',
    protection: 'no innerHTML (Trusted Types)',
    mutate: { file: NOTICE, guard: 'AutaAltChannelNotice.constructor', prepend: 'document.createElement("div").innerHTML = "<b>x</b>";' },
    run: node('test/hardening/node/csp.test.ts'),
  },
  {
    id: 'retry-off',
    protection: 'the retry button loads again',
    mutate: { file: FINDER, guard: 'FinderController.retry', prepend: 'return;' },
    run: browser('test/hardening/network.test.ts'),
  },
  {
    id: 'stale-guards-off',
    protection: 'an answer to an older query is dropped (the finder aborts it and ignores it; the remote source ignores it)',
    mutate: [
      { file: FINDER, guard: 'FinderController.#isNewest', find: 'return request === this.#request;', replace: 'return true;' },
      { file: FINDER, guard: 'FinderController.#begin', find: 'this.#request?.abort();', replace: '' },
      { file: 'packages/provider-finder/src/data/source.ts', guard: 'RemoteSource.search', find: 'if (ticket !== this.latest) throw aborted();', replace: '' },
    ],
    run: browser('test/hardening/network.test.ts'),
  },
  {
    id: 'storage',
    protection: 'no storage',
    mutate: { file: FINDER, guard: 'FinderController.hostConnected', prepend: 'localStorage.setItem("auta-seen", "1");' },
    run: node('test/hardening/node/privacy.test.ts'),
  },
  {
    id: 'geolocation-eager',
    protection: 'location only after the button is pressed',
    mutate: { file: FINDER, guard: 'FinderController.hostConnected', prepend: 'navigator.geolocation.getCurrentPosition(() => undefined, () => undefined);' },
    run: node('test/hardening/node/privacy.test.ts'),
  },
  {
    id: 'third-party-request',
    protection: 'no request the page did not give (fonts, analytics …)',
    mutate: { file: NOTICE, guard: 'AutaAltChannelNotice.constructor', prepend: 'fetch("https://fonts.example.invalid/font.woff2").catch(() => undefined);' },
    run: node('test/hardening/node/privacy.test.ts'),
  },
  {
    id: 'leak',
    protection: 'no memory kept from earlier searches',
    mutate: {
      file: FINDER,
      guard: 'FinderController.#search',
      find: 'const before = this.items.length;',
      replace: '(globalThis.__leak ??= []).push(new Array(50000).fill(results)); const before = this.items.length;',
    },
    run: node('test/hardening/node/load.test.ts'),
  },
];
