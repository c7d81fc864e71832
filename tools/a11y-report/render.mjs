// The readable report: reports/a11y/index.html. It is read by auditors, so it is itself
// accessible (landmarks, headings, captioned tables with scoped headers, no colour-only
// meaning) and the command checks it with axe after writing it.
import { AUTA_RULES, AXE_RULES_OFF_IN_FORCED_COLOURS, AXE_RULES_OFF_IN_STORIES, criterion, understandingUrl } from './wcag.mjs';

const esc = (value) =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const slug = (s) =>
  String(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const THEME_NAMES = { light: 'light', dark: 'dark', 'forced-colours': 'forced colours' };
const LANG_NAMES = { fi: 'Finnish', sv: 'Swedish', en: 'English' };

export function comboLabel(c) {
  if (c.viewport === null || c.viewport === undefined) return 'whole story';
  return `${c.viewport} px · ${c.lang} · ${THEME_NAMES[c.theme] ?? c.theme}${c.level === 'easy' ? ' · easy-to-read' : ''}`;
}

const targetText = (target) => (Array.isArray(target) ? target.map((t) => (Array.isArray(t) ? t.join(' ') : t)).join(' ▸ ') : String(target));

/** Findings of one kind in a story, merged across combinations: rule + element → where. */
export function groupFindings(story, kind) {
  const groups = new Map();
  for (const combo of story.combinations) {
    for (const item of combo[kind]) {
      for (const n of item.nodes) {
        const key = `${item.rule}\u0000${targetText(n.target)}`;
        let g = groups.get(key);
        if (!g) {
          g = { item, node: n, messages: new Set(), combos: [] };
          groups.set(key, g);
        }
        if (n.message) g.messages.add(n.message);
        g.combos.push(comboLabel(combo));
      }
    }
  }
  return [...groups.values()];
}

function scLinks(item) {
  if (!item.sc.length) return item.bestPractice ? 'best practice (no WCAG success criterion)' : 'none (a condition of the report)';
  return item.sc
    .map((sc) => {
      const c = criterion(sc);
      return `<a href="${esc(understandingUrl(sc))}">${esc(sc)} ${esc(c?.title ?? '')}</a> (level ${esc(c?.level ?? 'AAA')})`;
    })
    .join(', ');
}

function findingHtml(g, id) {
  const { item, node } = g;
  const messages = [...g.messages].slice(0, 4);
  const more = g.messages.size - messages.length;
  return `<li class="finding" id="${esc(id)}">
  <h6><code>${esc(item.rule)}</code>: ${esc(item.help)}</h6>
  <dl>
    <dt>Element</dt><dd><code>${esc(targetText(node.target))}</code>${node.html ? `<pre><code>${esc(node.html)}</code></pre>` : ''}</dd>
    <dt>Impact</dt><dd>${esc(item.impact ?? 'not given')}</dd>
    <dt>WCAG 2.2</dt><dd>${scLinks(item)}</dd>
    <dt>EN 301 549</dt><dd>${item.en.length ? esc(item.en.join(', ')) : 'none'}</dd>
    <dt>What was found</dt><dd>${messages.length ? `<ul>${messages.map((m) => `<li>${esc(m)}</li>`).join('')}</ul>` : 'See the rule.'}${more > 0 ? `<p>and ${more} more variants</p>` : ''}</dd>
    <dt>How to fix</dt><dd>${esc(item.description)}${item.helpUrl ? ` <a href="${esc(item.helpUrl)}">More about <code>${esc(item.rule)}</code></a>` : ''}</dd>
    <dt>In ${g.combos.length} ${g.combos.length === 1 ? 'combination' : 'combinations'}</dt><dd>${esc(g.combos.join('; '))}</dd>
  </dl>
</li>`;
}

function storyHtml(story) {
  const sid = `story-${slug(story.id)}`;
  const violations = groupFindings(story, 'violations');
  const incomplete = groupFindings(story, 'incomplete');
  const scanned = story.combinations.filter((c) => c.viewport !== null).length;
  const passes = new Set(story.combinations.flatMap((c) => c.passes));
  const optOut = story.optOut ?? { skip: null, skipChecks: {} };
  const parts = [];
  parts.push(`<div class="story">
<h4 id="${sid}">${esc(story.name)}</h4>
<p class="meta">Story <code>${esc(story.id)}</code> from <code>${esc(story.importPath)}</code>. ${scanned} combinations scanned. <strong>${violations.length} ${violations.length === 1 ? 'violation' : 'violations'}</strong>, ${incomplete.length} needing review.</p>`);
  if (story.forced?.lang || story.forced?.theme) {
    parts.push(`<p>The story fixes its own ${story.forced.lang ? `language (${esc(story.forced.lang)})` : ''}${story.forced.lang && story.forced.theme ? ' and ' : ''}${story.forced.theme ? `colour scheme (${esc(story.forced.theme)})` : ''}, so only that was scanned.</p>`);
  }
  if (optOut.skip) parts.push(`<p><strong>Not scanned (opt-out).</strong> Reason: ${esc(optOut.skip)}</p>`);
  const skipped = Object.entries(optOut.skipChecks ?? {});
  if (skipped.length) parts.push(`<p>Checks this story opts out of:</p><ul>${skipped.map(([r, why]) => `<li><code>${esc(r)}</code>: ${esc(why)}</li>`).join('')}</ul>`);
  parts.push(`<h5 id="${sid}-violations">Violations</h5>`);
  parts.push(violations.length ? `<ol class="findings">${violations.map((g, i) => findingHtml(g, `${sid}-v${i + 1}`)).join('\n')}</ol>` : '<p>None.</p>');
  parts.push(`<h5 id="${sid}-review">Needs review</h5>`);
  parts.push(
    incomplete.length
      ? `<p>axe could not decide these (or they fall under an exception); a person must check them.</p><ol class="findings">${incomplete.map((g, i) => findingHtml(g, `${sid}-r${i + 1}`)).join('\n')}</ol>`
      : '<p>None.</p>',
  );
  if (passes.size) {
    parts.push(`<details><summary>Rules that passed in every combination they ran in (${passes.size})</summary><p>${[...passes].sort().map((r) => `<code>${esc(r)}</code>`).join(', ')}</p></details>`);
  }
  parts.push('</div>');
  return parts.join('\n');
}

function summaryTable(results) {
  const rows = results.stories.map((s) => {
    const v = groupFindings(s, 'violations').length;
    const r = groupFindings(s, 'incomplete').length;
    const combos = s.combinations.filter((c) => c.viewport !== null).length;
    const opt = s.optOut?.skip ? 'skipped' : Object.keys(s.optOut?.skipChecks ?? {}).join(', ') || 'none';
    return `<tr>
  <th scope="row"><a href="#story-${slug(s.id)}">${esc(s.title)} / ${esc(s.name)}</a></th>
  <td>${combos}</td>
  <td>${v === 0 ? '0' : `<strong>${v}</strong>`}</td>
  <td>${r}</td>
  <td>${esc(opt)}</td>
</tr>`;
  });
  return `<div class="scroll" role="region" aria-labelledby="summary-caption" tabindex="0">
<table>
<caption id="summary-caption">Results per story: violations and items needing review are counted once per rule and element, over all combinations</caption>
<thead><tr><th scope="col">Story</th><th scope="col">Combinations scanned</th><th scope="col">Violations</th><th scope="col">Needing review</th><th scope="col">Opt-outs</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>`;
}

function checksTable() {
  const rows = Object.entries(AUTA_RULES).map(
    ([id, r]) => `<tr><th scope="row"><code>${esc(id)}</code></th><td>${esc(r.help)}</td><td>${r.sc.length ? r.sc.map((sc) => `${esc(sc)} ${esc(criterion(sc)?.title)}`).join(', ') : 'none'}</td><td>${r.sc.length ? r.sc.map((sc) => esc(criterion(sc)?.en)).join(', ') : 'none'}</td></tr>`,
  );
  return `<div class="scroll" role="region" aria-labelledby="checks-caption" tabindex="0">
<table>
<caption id="checks-caption">The report's own checks, beside axe-core</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">What it checks</th><th scope="col">WCAG 2.2</th><th scope="col">EN 301 549</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>
</div>`;
}

/** The whole report page. */
export function renderReport(results) {
  const { summary, matrix, tool } = results;
  const byTitle = new Map();
  for (const s of results.stories) {
    if (!byTitle.has(s.title)) byTitle.set(s.title, []);
    byTitle.get(s.title).push(s);
  }
  const optOuts = results.stories.flatMap((s) => [
    ...(s.optOut?.skip ? [`<li><code>${esc(s.id)}</code> (whole story): ${esc(s.optOut.skip)}</li>`] : []),
    ...Object.entries(s.optOut?.skipChecks ?? {}).map(([r, why]) => `<li><code>${esc(s.id)}</code>, check <code>${esc(r)}</code>: ${esc(why)}</li>`),
  ]);
  const status = summary.violations === 0 ? 'No violations.' : `${summary.violations} ${summary.violations === 1 ? 'violation' : 'violations'}.`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accessibility report: ${esc(status)} Auta</title>
<style>
:root { color-scheme: light dark; --text: #1b1f24; --muted: #4a525c; --bg: #ffffff; --subtle: #f2f4f7; --accent: #0b55c4; --border: #6b7480; --bad: #b3261e; }
@media (prefers-color-scheme: dark) { :root { --text: #e8eaed; --muted: #b7bfc9; --bg: #15181c; --subtle: #1f242b; --accent: #8ab8ff; --border: #8d97a3; --bad: #ffb4ab; } }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--text); background: var(--bg); overflow-wrap: anywhere; }
a { color: var(--accent); }
a:focus-visible, summary:focus-visible, .scroll:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: 0.5rem; top: -4rem; background: var(--bg); padding: 0.5rem 1rem; }
.skip:focus { top: 0.5rem; }
header, nav, main, footer { max-width: 72rem; margin: 0 auto; padding: 1rem; }
header { border-bottom: 1px solid var(--border); }
nav ul { padding-left: 1.25rem; }
.meta, footer { color: var(--muted); }
.status { font-size: 1.25rem; font-weight: 600; }
.scroll { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; min-width: 100%; overflow-wrap: normal; }
.scroll table { min-width: 36rem; }
caption { text-align: left; font-weight: 600; padding: 0.5rem 0; }
th, td { border: 1px solid var(--border); padding: 0.5rem; text-align: left; vertical-align: top; }
thead th { background: var(--subtle); }
.story { border-top: 1px solid var(--border); margin-top: 2rem; }
.findings { padding-left: 1.5rem; }
.finding { margin: 1rem 0; padding: 0.75rem 1rem; border-left: 4px solid var(--bad); background: var(--subtle); }
.finding h6 { font-size: 1rem; margin: 0 0 0.5rem; }
dl { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; min-width: 0; }
pre { white-space: pre-wrap; margin: 0.25rem 0; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9375em; }
summary { cursor: pointer; min-height: 24px; }
@media (max-width: 40rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 0.5rem; } }
@media (forced-colors: active) { .finding { border-left-color: CanvasText; } }
</style>
</head>
<body>
<a class="skip" href="#main">Skip to the results</a>
<header>
<p><strong>Auta</strong>: accessibility evidence, generated by <code>npm run a11y:report</code></p>
<p class="meta">Generated ${esc(tool.generated)} with axe-core ${esc(tool.axeCore)} in ${esc(tool.browser)}.</p>
</header>
<nav aria-label="Components in this report">
<ul>
${[...byTitle.keys()].map((t) => `<li><a href="#title-${slug(t)}">${esc(t)}</a></li>`).join('\n')}
</ul>
</nav>
<main id="main">
<h1>Accessibility report</h1>
<section aria-labelledby="summary-heading">
<h2 id="summary-heading">Summary</h2>
<p class="status">${esc(status)}</p>
<p>Scanned ${summary.combinations} combinations of ${summary.stories} stories: ${summary.violations} violations, ${summary.incomplete} needing review${summary.skipped ? `, ${summary.skipped} ${summary.skipped === 1 ? 'story' : 'stories'} skipped with a reason` : ''}. Each story was checked in ${matrix.langs.map((l) => LANG_NAMES[l] ?? l).join(', ')}; in ${matrix.themes.map((t) => THEME_NAMES[t] ?? t).join(', ')}; at ${matrix.viewports.map((v) => `${v} px`).join(' and ')} wide.</p>
${summaryTable(results)}
</section>
<section aria-labelledby="method-heading">
<h2 id="method-heading">What was checked, and how</h2>
<p>Every story of the built Storybook was opened in headless Chromium. For each combination of language, colour scheme and viewport, axe-core ran with the tags ${esc(results.axeTags.join(', '))} (WCAG 2.0, 2.1 and 2.2 at levels A and AA, and best practices) over the story. Switches of language and theme were verified in the page (the <code>lang</code> of the page, the computed <code>color-scheme</code>, the <code>forced-colors</code> media query) before each run.</p>
<p>axe rules turned off in story scans:</p>
<ul>${Object.entries(AXE_RULES_OFF_IN_STORIES).map(([id, why]) => `<li><code>${esc(id)}</code>: ${esc(why)}</li>`).join('')}</ul>
<p>axe rules turned off in the forced-colours combinations only:</p>
<ul>${Object.entries(AXE_RULES_OFF_IN_FORCED_COLOURS).map(([id, why]) => `<li><code>${esc(id)}</code>: ${esc(why)}</li>`).join('')}</ul>
<p><code>css-orientation-lock</code> reads the page's style sheets, which language and colour scheme do not change: it runs in the first combination of each story and viewport.</p>
<p>Beside axe, the report makes these checks in the same combinations: target size, the reflow and the text-spacing and zoom checks once per language and viewport (they measure layout, which colours do not change; reflow at 320 px, zoom at 1280 px); focus by pressing Tab through the story at each viewport in the light scheme and in forced colours (the dark scheme applies the same focus styles with other colours, whose contrast the design-token tests check). Once per story: reduced motion (with <code>prefers-reduced-motion: reduce</code>, no animation or transition longer than 10 ms), and forced colours again with a dark high-contrast palette (Chromium's palette for forced colours with a dark colour scheme; headless Chromium cannot be given a custom palette). 400% zoom (320 × 225 CSS px) once per language at 1280 px.${matrix.levels?.includes('easy') ? ' The easy-to-read level (selkokieli, lättläst, easy English): every story again in each language with the page set to it as the toolbar sets it, in the light scheme at 320 px, with axe, target size, reflow and a check that every Auta element speaks easy-to-read copy with an easy text for every string (WCAG 3.1.5 Reading Level, AAA, which the library supports by choice).' : ''}</p>
${checksTable()}
<p>Automated checks find only part of the problems. The conformance page of each component in <code>docs/accessibility/</code> says how every WCAG 2.2 criterion is met and tested, and the screen-reader test plan lists what a person must check.</p>
</section>
<section aria-labelledby="optouts-heading">
<h2 id="optouts-heading">Opt-outs</h2>
${optOuts.length ? `<ul>${optOuts.join('\n')}</ul>` : '<p>None: every story was scanned with every check.</p>'}
</section>
<section aria-labelledby="stories-heading">
<h2 id="stories-heading">Results per component</h2>
${[...byTitle.entries()]
  .map(([title, stories]) => `<section>\n<h3 id="title-${slug(title)}" class="component">${esc(title)}</h3>\n${stories.map(storyHtml).join('\n')}\n</section>`)
  .join('\n')}
</section>
</main>
<footer>
<p>Results as data: <a href="results.json">results.json</a>. EN 301 549 clauses are those of V3.2.1, which takes WCAG 2.1; the criteria new in WCAG 2.2 are marked with the clause the V4.1.1 draft gives them.</p>
</footer>
</body>
</html>
`;
}
