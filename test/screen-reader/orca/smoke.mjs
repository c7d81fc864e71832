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
import { serveStatic } from 'auta-tool-browser/serve-static.mjs';

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
  // Replayed key by key, to the thank-you: Orca must speak the live announcement too.
  { element: 'help-feedback', story: 'patterns-help-feedback--question', snapshot: 'help-feedback.yes.fi', replay: true },
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

/**
 * The snapshot as key presses, each with what the virtual reader heard after it: focus
 * phrases and live announcements ("focus in:" lines and reading steps are not replayed).
 */
function keySteps(snapshot) {
  const lines = readFileSync(join(ROOT, 'test/screen-reader/snapshots', `${snapshot}.txt`), 'utf8').replace(/\n$/, '').split('\n');
  const steps = [];
  for (const line of lines) {
    const key = /^> press (\S+)$/.exec(line);
    if (key) steps.push({ key: key[1], heard: [] });
    else if (line.startsWith('> ')) steps.push({ key: null, heard: [] });
    else if (steps.length && (line.startsWith('focus: ') || line.startsWith('['))) steps.at(-1).heard.push(line);
  }
  return steps.filter((s) => s.key);
}

/** The words of a virtual line Orca must say: a focus phrase's name, value and description, or an announcement's text. */
const wordsOf = (line) => (line.startsWith('[') ? [line.replace(/^\[\w+\] /, '')] : parseFocus(line).words);

const norm = (s) => s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[.,:;!?()"'’]/g, '').trim();

let offset = 0;
/** What Orca said since the last call. */
function heard() {
  const text = existsSync(SPOKEN) ? readFileSync(SPOKEN, 'utf8') : '';
  const fresh = text.slice(offset);
  offset = text.length;
  return fresh.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** Waits until Orca has said nothing new for `pause` ms (at most `max`); returns what it said. */
async function quiet(pause = 2000, max = 30_000) {
  const said = [];
  for (let t = 0, still = 0; t < max && still < pause; t += 250) {
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
  // Orca's first page after it starts is read late; warm it up on a page of its own.
  await page.setContent('<title>Orca smoke</title><p>Valmis.</p><button type="button">Aloita</button>');
  await page.bringToFront();
  await quiet();
  await page.keyboard.press('Tab');
  await quiet(1000, 5000);
  for (const j of JOURNEYS) {
    await page.goto(`${server.url}/iframe.html?id=${j.story}&viewMode=story&globals=lang:fi;theme:light`);
    await page.waitForFunction(() => {
      const r = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender;
      return r && ['finished', 'completed'].includes(r.phase);
    });
    await page.bringToFront();
    // Orca reads a new page by itself ("say all"): wait for its "Finished loading", then
    // for it to finish reading (or 30 s) before the keys.
    const onLoad = [];
    for (let t = 0; t < 30_000 && !onLoad.some((u) => u.startsWith('Finished loading')); t += 250) {
      await page.waitForTimeout(250);
      onLoad.push(...heard());
    }
    onLoad.push(...(await quiet()));
    report.push(`## \`<auta-${j.element}>\` — ${j.story} (snapshot ${j.snapshot})`, '', `On load Orca said ${onLoad.length} utterance(s), beginning: ${onLoad.slice(0, 6).map((u) => `“${u}”`).join(' ')}`, '', '| Key | Virtual reader | Orca | Words heard |', '|---|---|---|---|');
    const steps = j.replay ? keySteps(j.snapshot) : expectedStops(j.snapshot, j.stops).map((line) => ({ key: 'Tab', heard: [line] }));
    let lastFocus = '';
    for (const [k, { key, heard: virtual }] of steps.entries()) {
      await page.keyboard.press(key);
      await page.waitForTimeout(WAIT);
      // On a busy machine Orca may speak late: take what it says until it pauses.
      const utterances = [...heard(), ...(await quiet(700, 6000))];
      const said = utterances.join(' / ');
      // A key that leaves focus on the same control (Space on a radio) changes a state only:
      // screen readers speak that their own way or not at all, so only new controls and
      // announcements are compared.
      const focusWords = virtual.filter((l) => l.startsWith('focus: ')).map((l) => parseFocus(l).words.join(', '));
      const compared = virtual.filter((l) => !l.startsWith('focus: ') || !focusWords.includes(lastFocus));
      if (focusWords.length) lastFocus = focusWords.at(-1);
      const lost = compared.flatMap(wordsOf).filter((w) => !norm(utterances.join(' ')).includes(norm(w)));
      if (lost.length) missing += 1;
      const line = virtual.join(' / ');
      report.push(`| ${k + 1} ${key} | ${line.replace(/\|/g, '\\|')} | ${said.replace(/\|/g, '\\|') || '(nothing)'} | ${lost.length ? `**no**: ${lost.join(' · ')}` : compared.length ? 'yes' : 'same control (state only, not compared)'} |`);
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
