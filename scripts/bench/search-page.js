// The search suite in Chromium (bundled by search.mjs). The page asks Node for the heap
// size through an exposed function that uses the DevTools protocol (collect garbage, then
// Runtime.getHeapUsage), since a page cannot force a collection itself.
import { runSuite } from './search-suite.mjs';

window.benchSearch = (count, plan) =>
  runSuite(count, { heap: () => window.benchHeap(), plan: (name) => plan[name], log: (m) => console.log(`[chromium ${count}] ${m}`) });
