// Loaded before the test framework in Firefox only (web-test-runner.config.mjs). A test that
// reaches a command this engine cannot run (the server answers "[not in firefox: why]") is
// reported as skipped, with the reason added to its title, instead of failing; any other
// error still fails it. Tests written with a `done` callback are left as they are.
const MARK = /\[not in firefox: ([^\]]+)\]/;
let realIt;
const wrap = (it) =>
  function (title, fn) {
    if (typeof fn !== 'function' || fn.length > 0) return it.call(this, title, fn);
    return it.call(this, title, async function () {
      try {
        return await fn.call(this);
      } catch (error) {
        const why = MARK.exec(String(error?.message ?? error));
        if (!why) throw error;
        this.test.title += ` (skipped in Firefox: ${why[1]})`;
        this.skip();
      }
    });
  };
// Mocha's BDD interface assigns the global `it` when it sets up: wrap it as it arrives.
Object.defineProperty(window, 'it', {
  configurable: true,
  get: () => realIt,
  set: (value) => {
    realIt = Object.assign(wrap(value), value);
  },
});
