// Proves each hardening test can fail: removes one protection at a time from the code the
// tests load (never from the source files: a test-server transform for the browser tests,
// an esbuild load hook for the Node-driven ones, both driven by AUTA_MUTATE), runs the
// tests that guard it, and reports whether they failed as they must.
//
//   node test/hardening/mutate.mjs            every mutation
//   node test/hardening/mutate.mjs --list     their ids
//   node test/hardening/mutate.mjs safe-url   some of them
import { spawn } from 'node:child_process';

const browser = (file) => ({ cmd: 'npx', args: ['web-test-runner'], env: { WTR_FILES: file } });
const node = (file) => ({ cmd: 'node', args: ['--conditions=@auta/source', '--import', 'tsx', '--test', '--test-reporter=spec', file], env: {} });

const NOTICE = 'packages/alt-channel/src/alt-channel-notice.ts';
const FINDER = 'packages/provider-finder/src/provider-finder.controller.ts';

/** @type {Array<{ id: string, protection: string, mutate: object | object[], run: { cmd: string, args: string[], env: Record<string, string> } }>} */
const MUTATIONS = [
  {
    id: 'safe-url',
    protection: 'safeUrl refuses disallowed schemes',
    mutate: { file: 'packages/core/src/safe-url.ts', find: 'function safeUrl\\(input(?:: unknown)?\\)(?:: string \\| undefined)? \\{', replace: '$& if (typeof input === "string" && input.trim()) return input.trim();' },
    run: browser('test/hardening/hostile-alt-channel.test.ts'),
  },
  {
    id: 'text-as-html',
    protection: 'data text is rendered as text, not parsed as HTML',
    mutate: { file: NOTICE, find: 'if \\(typeof value === ["\']string["\']\\) return value;', replace: 'if (typeof value === "string") { const t = document.createElement("template"); t.innerHTML = value; return t.content; }' },
    run: browser('test/hardening/hostile-alt-channel.test.ts'),
  },
  {
    id: 'warn-every-render',
    protection: 'a data problem is reported once, not on every render',
    mutate: { file: NOTICE, find: 'if \\(changed\\.has\\(["\']channels["\']\\)\\) ', replace: '' },
    run: browser('test/hardening/hostile-alt-channel.test.ts'),
  },
  {
    id: 'style-attribute',
    protection: 'no style="…" attribute in templates (strict style-src)',
    mutate: { file: NOTICE, find: 'part="base"', replace: 'part="base" style="outline: 0"' },
    run: node('test/hardening/node/csp.test.ts'),
  },
  {
    id: 'innerhtml-sink',
    protection: 'no innerHTML (Trusted Types)',
    mutate: { file: NOTICE, find: 'super\\(\\);', replace: 'super(); document.createElement("div").innerHTML = "<b>x</b>";' },
    run: node('test/hardening/node/csp.test.ts'),
  },
  {
    id: 'retry-off',
    protection: 'the retry button loads again',
    mutate: { file: FINDER, find: 'async retry\\(\\)(?:: Promise<void>)? \\{', replace: '$& return;' },
    run: browser('test/hardening/network.test.ts'),
  },
  {
    id: 'stale-guards-off',
    protection: 'an answer to an older query is dropped (the finder aborts it and ignores it; the remote source ignores it)',
    mutate: [
      { file: FINDER, find: 'return request === this\\.request;', replace: 'return true;' },
      { file: FINDER, find: 'this\\.request\\?\\.abort\\(\\);(\\s*const request = new AbortController\\(\\);)', replace: '$1' },
      { file: 'packages/provider-finder/src/data/source.ts', find: 'if \\(ticket !== this\\.latest\\) throw aborted\\(\\);', replace: '' },
    ],
    run: browser('test/hardening/network.test.ts'),
  },
  {
    id: 'storage',
    protection: 'no storage',
    mutate: { file: FINDER, find: 'hostConnected\\(\\): void \\{', replace: '$& localStorage.setItem("auta-seen", "1");' },
    run: node('test/hardening/node/privacy.test.ts'),
  },
  {
    id: 'geolocation-eager',
    protection: 'location only after the button is pressed',
    mutate: { file: FINDER, find: 'hostConnected\\(\\): void \\{', replace: '$& navigator.geolocation.getCurrentPosition(() => undefined, () => undefined);' },
    run: node('test/hardening/node/privacy.test.ts'),
  },
  {
    id: 'third-party-request',
    protection: 'no request the page did not give (fonts, analytics …)',
    mutate: { file: NOTICE, find: 'super\\(\\);', replace: 'super(); fetch("https://fonts.example.invalid/font.woff2").catch(() => undefined);' },
    run: node('test/hardening/node/privacy.test.ts'),
  },
  {
    id: 'leak',
    protection: 'no memory kept from earlier searches',
    mutate: { file: FINDER, find: 'const results = await source\\.search\\(([^;]*)\\);', replace: 'const results = await source.search($1); (globalThis.__leak ??= []).push(new Array(50000).fill(results));' },
    run: node('test/hardening/node/load.test.ts'),
  },
];

const args = process.argv.slice(2);
if (args.includes('--list')) {
  for (const m of MUTATIONS) console.log(`${m.id}\t${m.protection}`);
  process.exit(0);
}
const chosen = args.length ? MUTATIONS.filter((m) => args.includes(m.id)) : MUTATIONS;

function run(m) {
  return new Promise((resolve) => {
    const child = spawn(m.run.cmd, m.run.args, {
      env: { ...process.env, ...m.run.env, AUTA_MUTATE: JSON.stringify(m.mutate) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

const results = [];
for (const m of chosen) {
  process.stdout.write(`${m.id}: ${m.protection} … `);
  const { code, out } = await run(m);
  const applied = out.includes('[mutation applied]') && !out.includes('[mutation NOT applied]');
  const failed = code !== 0;
  const counts = /browser: (\d+) passed, (\d+) failed/.exec(out) ?? /ℹ fail (\d+)/.exec(out);
  const failedCount = counts ? (counts.length > 2 ? counts[2] : counts[1]) : undefined;
  // The first failing assertion, to show the test failed for the reason it guards.
  const why = (/(AssertionError[^\n]*|❌[^\n]*\n[^\n]*\n\s*[^\n]*)/.exec(out)?.[1] ?? '').replace(/\s+/g, ' ').slice(0, 220);
  const detail = `${failedCount ?? '?'} test(s) failed${why ? `: ${why}` : ''}`;
  const verdict = !applied ? 'NOT APPLIED' : failed ? 'caught' : 'MISSED';
  results.push({ id: m.id, verdict, detail });
  console.log(`${verdict} (${detail})`);
}
console.log('\nmutation\tverdict');
for (const r of results) console.log(`${r.id}\t${r.verdict}\t${r.detail}`);
process.exit(results.every((r) => r.verdict === 'caught') ? 0 : 1);
