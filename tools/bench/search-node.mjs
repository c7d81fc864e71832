// The search suite in Node, started by search.mjs as
//   node --expose-gc --conditions=@auta/source --import tsx tools/bench/search-node.mjs COUNT PLAN_JSON
// Progress goes to stderr; the samples, as JSON, to stdout.
import { runSuite } from './search-suite.mjs';

const count = Number(process.argv[2]);
const plan = JSON.parse(process.argv[3]);
if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');

async function heap() {
  // Twice: the first full collection can leave work (finalizers, weak refs) for a second.
  globalThis.gc();
  globalThis.gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const result = await runSuite(count, { heap, cpu, plan: (name) => plan[name], log: (m) => process.stderr.write(`  [node ${count}] ${m}\n`) });
process.stdout.write(JSON.stringify(result));
