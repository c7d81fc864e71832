// @ts-check
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin, sendKeysPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { browserPath, CHROME_FLAGS } from './scripts/browser.mjs';
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
      const walk = (suite) => {
        for (const t of suite.tests) {
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
      setTimeout(() => process.stdout.write(`\nbrowser: ${passed} passed, ${failed} failed, ${skipped} skipped\n`));
    },
  };
}

const files = process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['packages/*/test/**/*.test.ts', '!packages/*/test/node/**', 'test/hardening/**/*.test.ts', '!test/hardening/node/**', 'test/server/*.test.ts', 'test/screen-reader/**/*.test.ts', '!test/screen-reader/node/**', '!**/node_modules/**'];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files,
  nodeResolve: { exportConditions: ['@auta/source', 'browser', 'development'] },
  concurrency: 1,
  reporters: [defaultReporter(), plainSummaryReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) }),
    a11ySnapshotPlugin(),
    sendKeysPlugin(),
    mediaFeaturesPlugin(),
    screenReaderPlugin(),
    ...testServerPlugins(),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: browserPath(), headless: true, args: CHROME_FLAGS } })],
  coverageConfig: {
    include: ['packages/*/src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    threshold: { statements: 80, branches: 70, functions: 80, lines: 80 },
  },
  testFramework: { config: { timeout: 10000 } },
};
