// @ts-check
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin, sendKeysPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { browserPath, firefoxPath, CHROME_FLAGS } from 'auta-tool-browser';
import { testServerPlugins } from './scripts/test-server-plugins.mjs';
import { screenReaderPlugin } from './test/screen-reader/plugin.mjs';

/**
 * The chrome launcher's emulateMedia() ignores `forcedColors`, and puppeteer's
 * emulateMediaFeatures() rejects 'forced-colors', so these commands talk CDP directly:
 * executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
 * executeServerCommand('emulate-timezone', 'America/New_York').
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function mediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features' && command !== 'emulate-timezone') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the chrome launcher`);
      const page = /** @type {any} */ (session.browser).getPage(session.id);
      if (ENGINE === 'firefox') return firefoxEmulation(page, command, payload);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      if (command === 'emulate-timezone') {
        await cdp.send('Emulation.setTimezoneOverride', { timezoneId: String(payload) });
      } else {
        await cdp.send('Emulation.setEmulatedMedia', { features: /** @type {any} */ (payload) });
      }
      return true;
    },
  };
}

/**
 * The same commands in Firefox, over WebDriver BiDi: `emulation.setTimezoneOverride` (through
 * puppeteer) and `emulation.setForcedColorsModeThemeOverride` (sent as is: puppeteer 24 has
 * no method for it).
 * @param {any} page @param {string} command @param {unknown} payload
 */
async function firefoxEmulation(page, command, payload) {
  if (command === 'emulate-timezone') {
    await page.emulateTimezone(String(payload));
    return true;
  }
  const forced = /** @type {Array<{ name: string, value: string }>} */ (payload).find((f) => f.name === 'forced-colors');
  if (!forced) throw new Error(`emulate-media-features in Firefox knows only forced-colors, not ${JSON.stringify(payload)}`);
  if (forced.value !== 'active') return true;
  const context = page.mainFrame().browsingContext;
  try {
    await context.userContext.browser.session.send('emulation.setForcedColorsModeThemeOverride', {
      theme: forced.value === 'active' ? 'light' : null,
      contexts: [context.id],
    });
  } catch (error) {
    // Firefox 153 ESR answers "unknown command": it has no forced-colours emulation yet.
    throw notInFirefox(`forced colours cannot be emulated over WebDriver BiDi in Firefox ESR (${/unknown command [\w.]+/.exec(String(/** @type {Error} */ (error).message))?.[0] ?? 'no such command'})`);
  }
  return true;
}

/**
 * The error a command answers with in Firefox when the engine cannot do it; the test-engine shim
 * turns "[not in firefox: why]" into a skip with that reason. Without a stack: the runner logs
 * each command error, and one line per skipped test is enough.
 * @param {string} why
 */
function notInFirefox(why) {
  const error = new Error(`[not in firefox: ${why}]`);
  error.stack = error.message;
  return error;
}

/**
 * In Firefox, the accessibility-tree snapshot says why it cannot run (puppeteer takes it
 * over the Chrome DevTools Protocol only), in the form scripts/test-engine-shim.js turns
 * into a skip with that reason.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function firefoxUnsupportedPlugin() {
  return {
    name: 'firefox-unsupported',
    async executeCommand({ command }) {
      if (command === 'a11y-snapshot') throw notInFirefox('accessibility-tree snapshots need the Chrome DevTools Protocol');
      // The spoken-phrase tests read Chromium's own accessibility tree (CDP Accessibility.getFullAXTree);
      // WebDriver BiDi has no accessibility-tree command, and Firefox's tree is another engine's.
      if (command === 'sr-ax-tree') throw notInFirefox("the spoken-phrase tests read Chromium's accessibility tree over the Chrome DevTools Protocol");
      return undefined;
    },
  };
}

/**
 * A page whose keyboard takes the key names the tests use in both engines. Puppeteer's CDP
 * keyboard knows the name 'Space'; its WebDriver BiDi keyboard knows that key only as the
 * character ' ' ('Unknown key: "Space"'). Wrapped here, on the page sendKeys() presses keys
 * on, so that every test keeps writing `sendKeys({ press: 'Space' })`.
 * @param {{ context: any }} args
 */
async function firefoxPage({ context }) {
  const page = await context.newPage();
  /** @type {Record<string, string>} */
  const BIDI_NAMES = { Space: ' ' };
  const keyboard = page.keyboard;
  for (const method of /** @type {const} */ (['down', 'up', 'press'])) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (/** @type {string} */ key, /** @type {unknown[]} */ ...rest) => original(BIDI_NAMES[key] ?? key, ...rest);
  }
  return page;
}

/**
 * Prints a plain "N passed, N failed, N skipped" last line that CI logs can read (the
 * default reporter decorates its summary with terminal codes).
 * @returns {import('@web/test-runner').Reporter}
 */
function plainSummaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      /** @param {any} suite */
      /** @type {Map<string, number>} */
      const reasons = new Map();
      const walk = (suite) => {
        for (const t of suite.tests) {
          const why = /\(skipped in \w+: (.*)\)$/.exec(t.name)?.[1];
          if (why) reasons.set(why, (reasons.get(why) ?? 0) + 1);
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (!s.passed && (!s.testResults || s.errors.length)) failed++;
      }
      const why = [...reasons].map(([reason, n]) => `  skipped in ${ENGINE}: ${n} × ${reason}\n`).join('');
      setTimeout(() => process.stdout.write(`\n${why}browser ${ENGINE}: ${passed} passed, ${failed} failed, ${skipped} skipped\n`));
    },
  };
}

/**
 * `WTR_BROWSER=firefox` runs the suite in Firefox (Debian's firefox-esr): the launcher of
 * @web/test-runner-chrome drives it through its puppeteer-core (24) over WebDriver BiDi
 * (`npm run test:firefox`). Coverage is Chromium's (V8) only. Time zones are emulated over
 * BiDi too; forced colours are not (Firefox 153 ESR: unknown command), and a11y-snapshot needs
 * the Chrome DevTools Protocol ("CDP support is required for this feature").
 */
const ENGINE = process.env.WTR_BROWSER === 'firefox' ? 'firefox' : 'chromium';
const browsers =
  ENGINE === 'firefox'
    ? [chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true }, puppeteer: /** @type {any} */ (puppeteerCore), createPage: firefoxPage })]
    : [chromeLauncher({ launchOptions: { executablePath: browserPath(), headless: true, args: CHROME_FLAGS } })];

const files = process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['packages/*/test/**/*.test.ts', '!packages/*/test/node/**', 'test/hardening/**/*.test.ts', '!test/hardening/node/**', 'test/server/*.test.ts', 'test/screen-reader/*.test.ts', '!**/node_modules/**'];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files,
  nodeResolve: { exportConditions: ['@auta/source', 'browser', 'development'] },
  concurrency: 1,
  // The 100,000-record scale tests build indexes in the page; on a busy 2-core machine a
  // file can take longer than the default 2 minutes without anything being wrong.
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), plainSummaryReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) }),
    ...(ENGINE === 'firefox' ? [firefoxUnsupportedPlugin()] : []),
    a11ySnapshotPlugin(),
    sendKeysPlugin(),
    mediaFeaturesPlugin(),
    screenReaderPlugin(),
    ...testServerPlugins(),
  ],
  browsers,
  coverageConfig: {
    include: ['packages/*/src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    threshold: { statements: 80, branches: 70, functions: 80, lines: 80 },
  },
  testFramework: { config: { timeout: 20000 } },
  // Firefox: the shim goes first, as a classic script, so that it sees mocha's `it` arrive.
  ...(ENGINE === 'firefox'
    ? {
        testRunnerHtml: (/** @type {string} */ testFramework) =>
          `<!doctype html><html><head><script src="/scripts/test-engine-shim.js"></script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
      }
    : {}),
};
