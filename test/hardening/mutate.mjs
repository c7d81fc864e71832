// Proves each hardening test can fail: removes one protection at a time from the code the
// tests load (never from the source files: a test-server transform for the browser tests,
// an esbuild load hook for the Node-driven ones, both driven by AUTA_MUTATE), runs the
// tests that guard it, and reports whether they failed as they must.
//
//   node test/hardening/mutate.mjs            every mutation
//   node test/hardening/mutate.mjs --list     their ids
//   node test/hardening/mutate.mjs safe-url   some of them
import { spawn } from 'node:child_process';
import { MUTATIONS } from './mutations.mjs';

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
