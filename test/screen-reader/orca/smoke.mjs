// Orca smoke journeys (run by run.sh inside the virtual display and D-Bus session): one
// story per element opened alone in Chromium with renderer accessibility on, Tab pressed
// as many times as the virtual reader's snapshot of the same journey has focus stops, and
// what Orca said at each stop compared with that snapshot: every name the virtual reader
// heard must be in Orca's utterance. Orca's own words for roles and states differ and are
// only shown. Writes $AUTA_ORCA_DIR/smoke.md; exits 1 when a name is missing.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../../scripts/serve-static.mjs';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const OUT = process.env.AUTA_ORCA_DIR ?? join(ROOT, 'reports/orca');
const SPOKEN = join(OUT, 'spoken.txt');
const STATIC = process.env.AUTA_STORYBOOK ?? join(ROOT, 'storybook-static');
/** Orca needs a moment to speak after each key: it queues speech behind the event. */
const WAIT = Number(process.env.AUTA_ORCA_WAIT ?? 1500);

/** One journey per element: the story, and the snapshot whose first Tab stops it repeats. */
const JOURNEYS = [
  { element: 'alt-channel-notice', story: 'patterns-alternative-channel-notice--inline', snapshot: 'alt-channel-notice.inline.fi', stops: 3 },
  { element: 'on-behalf-entry', story: 'patterns-on-behalf-entry--all-three', snapshot: 'on-behalf-entry.error.fi', stops: 3 },
  { element: 'provider-finder', story: 'patterns-provider-finder--default', snapshot: 'provider-finder.search.fi', stops: 3 },
  { element: 'help', story: 'patterns-help-block--full', snapshot: 'help.read.fi', stops: 3 },
  { element: 'service-unavailable', story: 'patterns-service-unavailable--maintenance', snapshot: 'service-unavailable.maintenance.fi', stops: 3 },
  { element: 'acting-as', story: 'patterns-acting-as--person-with-mandate', snapshot: 'acting-as.switch.fi', stops: 1 },
  { element: 'help-feedback', story: 'patterns-help-feedback--question', snapshot: 'help-feedback.yes.fi', stops: 1 },
  { element: 'accessibility-feedback', story: 'patterns-accessibility-feedback--form', snapshot: 'accessibility-feedback.errors-then-sent.fi', stops: 3 },
];

const ROLES = new Set(['button', 'link', 'radio', 'checkbox', 'edit', 'search edit', 'combobox', 'heading', 'group', 'radio group', 'region', 'search', 'form', 'list', 'article', 'img', 'status']);
const STATES = /^(level \d|checked|not checked|half checked|pressed|not pressed|expanded|collapsed|invalid entry|required|unavailable|busy|\d+ items?|polite|assertive)$/;

/**
 * "focus: radio, Kyllä, sain, not checked, invalid entry" → the role and the words Orca must
 * say too (name, value and description; the virtual reader's role and state words are
 * English and Orca's are its own, so those are left out).
 */
export function parseFocus(line) {
  const parts = line.replace(/^focus: /, '').split(', ');
  const role = parts.shift() ?? '';
  return { role: ROLES.has(role) ? role : '', words: parts.filter((p) => !STATES.test(p)) };
}

/** The focus stops of the snapshot's first Tab presses, in order. */
function expectedStops(snapshot, count) {
  const lines = readFileSync(join(ROOT, 'test/screen-reader/snapshots', `${snapshot}.txt`), 'utf8').split('\n');
  const stops = [];
  for (let i = 0; i < lines.length && stops.length < count; i++) {
    if (lines[i] !== '> press Tab') continue;
    const focus = lines.slice(i + 1).find((l) => l.startsWith('focus: ') || l.startsWith('> '));
    if (focus?.startsWith('focus: ')) stops.push(focus);
  }
  return stops;
}

const norm = (s) => s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[.,:;!?()"'’]/g, '').trim();

let offset = 0;
/** What Orca said since the last call. */
function heard() {
  const text = existsSync(SPOKEN) ? readFileSync(SPOKEN, 'utf8') : '';
  const fresh = text.slice(offset);
  offset = text.length;
  return fresh.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** Waits until Orca has said nothing new for 2 s (at most 30 s); returns what it said. */
async function quiet() {
  const said = [];
  for (let t = 0, still = 0; t < 30_000 && still < 2000; t += 250) {
    await new Promise((r) => setTimeout(r, 250));
    const fresh = heard();
    said.push(...fresh);
    still = fresh.length ? 0 : still + 250;
  }
  return said;
}

const server = await serveStatic(STATIC);
const browser = await chromium.launch({ headless: false, executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--force-renderer-accessibility', '--no-sandbox', '--disable-gpu', '--no-first-run', '--window-size=1280,900'] });
const report = ['# Orca smoke journeys', '', `Orca (${process.env.ORCA_VERSION ?? 'see orca --version'}) through speech-dispatcher into a file, Chromium ${browser.version()}, stories in Finnish. Each row: the virtual reader's focus phrase, what Orca said, and whether Orca said every word of its name, value and description.`, ''];
let missing = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const j of JOURNEYS) {
    await page.goto(`${server.url}/iframe.html?id=${j.story}&viewMode=story&globals=lang:fi;theme:light`);
    await page.waitForFunction(() => {
      const r = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender;
      return r && ['finished', 'completed'].includes(r.phase);
    });
    await page.bringToFront();
    // Orca reads a new page by itself ("say all"): let it finish (or 30 s) before the keys.
    const onLoad = await quiet();
    report.push(`## \`<auta-${j.element}>\` — ${j.story} (snapshot ${j.snapshot})`, '', `On load Orca said ${onLoad.length} utterance(s), beginning: ${onLoad.slice(0, 6).map((u) => `“${u}”`).join(' ')}`, '', '| Tab | Virtual reader | Orca | Words heard |', '|---|---|---|---|');
    for (const [k, line] of expectedStops(j.snapshot, j.stops).entries()) {
      await page.keyboard.press('Tab');
      await page.waitForTimeout(WAIT);
      const utterances = heard();
      const said = utterances.join(' / ');
      const lost = parseFocus(line).words.filter((w) => !norm(utterances.join(' ')).includes(norm(w)));
      if (lost.length) missing += 1;
      report.push(`| ${k + 1} | ${line.replace(/\|/g, '\\|')} | ${said.replace(/\|/g, '\\|') || '(nothing)'} | ${lost.length ? `**no**: ${lost.join(' · ')}` : 'yes'} |`);
    }
    report.push('');
  }
} finally {
  await browser.close();
  await server.close();
}
writeFileSync(join(OUT, 'smoke.md'), `${report.join('\n')}\n`);
appendFileSync(join(OUT, 'smoke.md'), `\n${missing} focus stop(s) with words Orca did not say.\n`);
console.log(readFileSync(join(OUT, 'smoke.md'), 'utf8'));
process.exit(missing ? 1 : 0);
