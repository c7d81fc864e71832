#!/usr/bin/env node
// `npm run a11y:report`: accessibility evidence for every story. Builds Storybook, scans
// every story × language × theme × viewport with axe-core and the report's own checks,
// writes reports/a11y/results.json and reports/a11y/index.html, checks that page with axe,
// and exits non-zero on any violation.
//
//   node tools/a11y-report/index.mjs [options]
//     --no-build          use storybook-static/ when it is newer than the sources
//     --static-dir=DIR    scan an already built Storybook in DIR (no build)
//     --out=DIR           where to write the report (default reports/a11y)
//     --only=TEXT         only stories whose id contains TEXT (for a quick look; the
//                         report says it is partial)
//     --langs=fi,sv --themes=light,dark,forced-colours --viewports=320,1280
//     --no-firefox        leave out the axe pass in Firefox (every story × language at
//                         1280 px, tools/a11y-report/firefox-axe.mjs; firefox.json);
//                         --ci and --static-dir leave it out unless --firefox is given
//                         (see firefox-axe.mjs)
//     --levels=standard   leave out the easy-to-read pass (default: standard,easy)
//     --ci                as --no-build, and first run the report's own self-test
//                         (tools/a11y-report/test/); ends with a "N passed, N failed" line
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { browserPath, CHROME_FLAGS, MISSING_BROWSER, findBrowser } from 'auta-tool-browser';
import { AXE_VERSION, LANGS, THEMES, VIEWPORTS, axeReportPage, scanStorybook } from './scan.mjs';
import { renderReport, groupFindings } from './render.mjs';
import { AXE_TAGS } from './wcag.mjs';
import { firefoxAxePass, printFirefoxPass } from './firefox-axe.mjs';
import { findFirefox } from 'auta-tool-browser';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const list = (name, fallback) => opt(name)?.split(',').map((s) => s.trim()).filter(Boolean) ?? fallback;

if (flag('help')) {
  console.log(
    (await import('node:fs'))
      .readFileSync(new URL(import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('//'))
      .map((l) => l.slice(3))
      .join('\n'),
  );
  process.exit(0);
}

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const SOURCES = ['stories', 'packages', '.storybook', 'docs', 'examples', 'custom-elements-manifest.config.mjs'];
const CI = flag('ci');

/** Newest modification time under the sources Storybook is built from (not dist/, not node_modules). */
function newestSource() {
  let newest = 0;
  const walk = (p) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (!['node_modules', 'dist', 'coverage', '.turbo'].includes(e) && !e.endsWith('.tsbuildinfo')) walk(join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const s of SOURCES) if (existsSync(join(ROOT, s))) walk(join(ROOT, s));
  return newest;
}

function run(cmd, cmdArgs) {
  return new Promise((done) => {
    const child = spawn(cmd, cmdArgs, { cwd: ROOT, stdio: 'inherit' });
    child.on('close', (code) => done(code ?? 1));
  });
}

async function selfTest() {
  console.log('a11y: self-test with the broken fixture (tools/a11y-report/test/)');
  const out = spawnSync(process.execPath, ['--test', '--test-reporter=spec', 'tools/a11y-report/test/'], { cwd: ROOT, encoding: 'utf8' });
  process.stdout.write(out.stdout);
  process.stderr.write(out.stderr);
  const n = (k) => Number(new RegExp(`ℹ ${k} (\\d+)`).exec(out.stdout)?.[1] ?? 0);
  return { passed: n('pass'), failed: n('fail') + (out.status !== 0 && n('fail') === 0 ? 1 : 0), skipped: n('skipped') + n('todo') };
}

async function main() {
  if (!findBrowser()) {
    console.error(MISSING_BROWSER);
    return 2;
  }
  const counts = { passed: 0, failed: 0, skipped: 0 };
  if (CI) {
    const st = await selfTest();
    counts.passed += st.passed;
    counts.failed += st.failed;
    counts.skipped += st.skipped;
  }

  let dir = opt('static-dir');
  if (!dir) {
    dir = join(ROOT, 'storybook-static');
    const index = join(dir, 'index.json');
    const fresh = existsSync(index) && statSync(index).mtimeMs > newestSource();
    if ((flag('no-build') || CI) && fresh) {
      console.log('a11y: storybook-static/ is newer than the sources; not building it again');
    } else {
      if (flag('no-build') || CI) console.log('a11y: storybook-static/ is missing or older than the sources; building it');
      const code = await run('npm', ['run', '--silent', 'build-storybook']);
      if (code !== 0) {
        console.error('a11y: the Storybook build failed');
        return 2;
      }
    }
  }
  if (!existsSync(join(dir, 'index.json'))) {
    console.error(`a11y: ${dir}/index.json not found: is it a built Storybook?`);
    return 2;
  }

  const outDir = resolve(opt('out') ?? join(ROOT, 'reports/a11y'));
  const only = opt('only');
  const started = Date.now();
  const browserVersion = await (async () => {
    const b = await chromium.launch({ executablePath: browserPath(), args: CHROME_FLAGS.filter((f) => f !== '--headless=new') });
    const v = b.version();
    await b.close();
    return v;
  })();
  const scan = await scanStorybook(dir, {
    langs: list('langs', LANGS),
    themes: list('themes', THEMES),
    viewports: list('viewports', VIEWPORTS.map(String)).map(Number),
    levels: list('levels', ['standard', 'easy']),
    filter: only ? (s) => s.id.includes(only) : undefined,
    onProgress: (done, total, story) => {
      if (process.stdout.isTTY) process.stdout.write(`\r\x1b[Ka11y: ${done}/${total} ${story.id}`);
      else if (done === total || done % 10 === 0) console.log(`a11y: ${done}/${total} stories scanned`);
    },
  });
  if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');

  const combinations = scan.stories.reduce((n, s) => n + s.combinations.filter((c) => c.viewport !== null).length, 0);
  const violationGroups = scan.stories.flatMap((s) => groupFindings(s, 'violations').map((g) => ({ story: s, g })));
  const reviewGroups = scan.stories.reduce((n, s) => n + groupFindings(s, 'incomplete').length, 0);
  const results = {
    tool: {
      name: 'npm run a11y:report',
      generated: new Date().toISOString(),
      axeCore: AXE_VERSION,
      browser: `Chromium ${browserVersion}`,
      partial: Boolean(only || opt('langs') || opt('themes') || opt('viewports') || opt('levels')),
      seconds: Math.round((Date.now() - started) / 100) / 10,
      secondsPerPhase: scan.timings,
    },
    axeTags: AXE_TAGS,
    matrix: scan.matrix,
    summary: {
      stories: scan.stories.length,
      skipped: scan.stories.filter((s) => s.optOut?.skip).length,
      combinations,
      violations: violationGroups.length,
      violationInstances: scan.stories.reduce((n, s) => n + s.combinations.reduce((m, c) => m + c.violations.reduce((k, v) => k + v.nodes.length, 0), 0), 0),
      incomplete: reviewGroups,
      storiesWithViolations: new Set(violationGroups.map((v) => v.story.id)).size,
    },
    stories: scan.stories,
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
  writeFileSync(join(outDir, 'index.html'), renderReport(results));

  for (const { story, g } of violationGroups) {
    const sc = g.item.sc.length ? `WCAG ${g.item.sc.join(', ')} (EN 301 549 ${g.item.en.join(', ')})` : g.item.bestPractice ? 'best practice' : 'report condition';
    const target = g.node.target.map((t) => (Array.isArray(t) ? t.join(' ') : t)).join(' ▸ ');
    console.log(`✗ ${story.id}: ${g.item.rule} [${sc}] at ${target}`);
    console.log(`    ${g.item.help}. ${[...g.messages][0] ?? ''}`.trimEnd());
    console.log(`    in ${g.combos.length} of the story's combinations, e.g. ${g.combos[0]}`);
  }
  if (results.tool.partial) console.log('a11y: partial scan (--only, --langs, --themes or --viewports given)');
  const skipped = results.summary.skipped ? `, ${results.summary.skipped} ${results.summary.skipped === 1 ? 'story' : 'stories'} skipped with a reason` : '';
  console.log(`Scanned ${combinations} combinations of ${scan.stories.length} stories: ${results.summary.violations} violations, ${reviewGroups} needing review${skipped} (${results.tool.seconds} s)`);
  console.log(`a11y: wrote ${join(outDir, 'index.html')} and results.json`);

  const pageProblems = await axeReportPage(outDir);
  for (const p of pageProblems) console.log(`✗ report page: ${p.rule} (${p.help}) at ${p.targets.join(', ')}, ${p.where}`);
  console.log(`a11y: the report page itself has ${pageProblems.length} axe violations`);

  // The second engine: axe in Firefox for every story × language at one width.
  const firefox = flag('firefox') || (!CI && !opt('static-dir') && !flag('no-firefox'));
  if (firefox && findFirefox()) {
    const pass = await firefoxAxePass(dir, { langs: list('langs', LANGS), filter: only ? (s) => s.id.includes(only) : undefined });
    writeFileSync(join(outDir, 'firefox.json'), `${JSON.stringify(pass, null, 1)}\n`);
    const ff = printFirefoxPass(pass);
    for (const k of Object.keys(counts)) counts[k] += ff[k];
  } else if (firefox) console.log('a11y: no Firefox found (FIREFOX_PATH, firefox-esr): the Firefox axe pass did not run');

  const failedStories = results.summary.storiesWithViolations + (pageProblems.length ? 1 : 0);
  counts.failed += failedStories;
  counts.passed += scan.stories.length - results.summary.storiesWithViolations - results.summary.skipped + (pageProblems.length ? 0 : 1);
  counts.skipped += results.summary.skipped;
  if (CI) console.log(`a11y: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  return counts.failed > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`a11y: ${error?.stack ?? error}`);
  process.exitCode = 2;
}
