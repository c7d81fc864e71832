// The search suite in Chromium (bundled by search.mjs). The page asks Node for the heap
// size through an exposed function that uses the DevTools protocol (collect garbage, then
// Runtime.getHeapUsage), since a page cannot force a collection itself, and for the main
// thread's CPU time (Performance.getMetrics, ThreadTime).
import { runSuite } from './search-suite.mjs';

window.benchSearch = (count, plan) =>
  runSuite(count, { heap: () => window.benchHeap(), cpu: () => window.benchCpu(), plan: (name) => plan[name], log: (m) => console.log(`[chromium ${count}] ${m}`) });
