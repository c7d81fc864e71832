// WCAG 2.2 success criteria at levels A and AA, their EN 301 549 clauses, and the rules
// of the report's own checks. The conformance pages in docs/accessibility/ use the same list.
import { FORCED_PALETTE_RULES } from './forced-palette.mjs';
import { REDUCED_MOTION_RULES } from './reduced-motion.mjs';
import { ZOOM_400_RULES } from './zoom-400.mjs';
import { LANGUAGE_LEVEL_RULES } from './language-level.mjs';

/**
 * `en`: the EN 301 549 clause for web content. V3.2.1 (2021), which Act 306/2019 and the
 * Web Accessibility Directive refer to, takes WCAG 2.1 as clause 9.x.y.z for SC x.y.z.
 * The criteria new in WCAG 2.2 have no clause in V3.2.1; the V4.1.1 draft adds them with
 * the same numbering, so they are marked as such rather than left blank.
 * @type {ReadonlyArray<{ sc: string, title: string, level: 'A' | 'AA', en: string, since: '2.0' | '2.1' | '2.2', removed?: boolean }>}
 */
export const CRITERIA = [
  ['1.1.1', 'Non-text Content', 'A', '2.0'],
  ['1.2.1', 'Audio-only and Video-only (Prerecorded)', 'A', '2.0'],
  ['1.2.2', 'Captions (Prerecorded)', 'A', '2.0'],
  ['1.2.3', 'Audio Description or Media Alternative (Prerecorded)', 'A', '2.0'],
  ['1.2.4', 'Captions (Live)', 'AA', '2.0'],
  ['1.2.5', 'Audio Description (Prerecorded)', 'AA', '2.0'],
  ['1.3.1', 'Info and Relationships', 'A', '2.0'],
  ['1.3.2', 'Meaningful Sequence', 'A', '2.0'],
  ['1.3.3', 'Sensory Characteristics', 'A', '2.0'],
  ['1.3.4', 'Orientation', 'AA', '2.1'],
  ['1.3.5', 'Identify Input Purpose', 'AA', '2.1'],
  ['1.4.1', 'Use of Color', 'A', '2.0'],
  ['1.4.2', 'Audio Control', 'A', '2.0'],
  ['1.4.3', 'Contrast (Minimum)', 'AA', '2.0'],
  ['1.4.4', 'Resize Text', 'AA', '2.0'],
  ['1.4.5', 'Images of Text', 'AA', '2.0'],
  ['1.4.10', 'Reflow', 'AA', '2.1'],
  ['1.4.11', 'Non-text Contrast', 'AA', '2.1'],
  ['1.4.12', 'Text Spacing', 'AA', '2.1'],
  ['1.4.13', 'Content on Hover or Focus', 'AA', '2.1'],
  ['2.1.1', 'Keyboard', 'A', '2.0'],
  ['2.1.2', 'No Keyboard Trap', 'A', '2.0'],
  ['2.1.4', 'Character Key Shortcuts', 'A', '2.1'],
  ['2.2.1', 'Timing Adjustable', 'A', '2.0'],
  ['2.2.2', 'Pause, Stop, Hide', 'A', '2.0'],
  ['2.3.1', 'Three Flashes or Below Threshold', 'A', '2.0'],
  ['2.4.1', 'Bypass Blocks', 'A', '2.0'],
  ['2.4.2', 'Page Titled', 'A', '2.0'],
  ['2.4.3', 'Focus Order', 'A', '2.0'],
  ['2.4.4', 'Link Purpose (In Context)', 'A', '2.0'],
  ['2.4.5', 'Multiple Ways', 'AA', '2.0'],
  ['2.4.6', 'Headings and Labels', 'AA', '2.0'],
  ['2.4.7', 'Focus Visible', 'AA', '2.0'],
  ['2.4.11', 'Focus Not Obscured (Minimum)', 'AA', '2.2'],
  ['2.5.1', 'Pointer Gestures', 'A', '2.1'],
  ['2.5.2', 'Pointer Cancellation', 'A', '2.1'],
  ['2.5.3', 'Label in Name', 'A', '2.1'],
  ['2.5.4', 'Motion Actuation', 'A', '2.1'],
  ['2.5.7', 'Dragging Movements', 'AA', '2.2'],
  ['2.5.8', 'Target Size (Minimum)', 'AA', '2.2'],
  ['3.1.1', 'Language of Page', 'A', '2.0'],
  ['3.1.2', 'Language of Parts', 'AA', '2.0'],
  ['3.2.1', 'On Focus', 'A', '2.0'],
  ['3.2.2', 'On Input', 'A', '2.0'],
  ['3.2.3', 'Consistent Navigation', 'AA', '2.0'],
  ['3.2.4', 'Consistent Identification', 'AA', '2.0'],
  ['3.2.6', 'Consistent Help', 'A', '2.2'],
  ['3.3.1', 'Error Identification', 'A', '2.0'],
  ['3.3.2', 'Labels or Instructions', 'A', '2.0'],
  ['3.3.3', 'Error Suggestion', 'AA', '2.0'],
  ['3.3.4', 'Error Prevention (Legal, Financial, Data)', 'AA', '2.0'],
  ['3.3.7', 'Redundant Entry', 'A', '2.2'],
  ['3.3.8', 'Accessible Authentication (Minimum)', 'AA', '2.2'],
  ['4.1.1', 'Parsing (obsolete and removed in WCAG 2.2)', 'A', '2.0', true],
  ['4.1.2', 'Name, Role, Value', 'A', '2.0'],
  ['4.1.3', 'Status Messages', 'AA', '2.1'],
].map(([sc, title, level, since, removed]) => ({
  sc,
  title,
  level,
  since,
  en: since === '2.2' ? `9.${sc} (EN 301 549 V4.1.1 draft; not in V3.2.1)` : `9.${sc}`,
  ...(removed ? { removed: true } : {}),
}));

const BY_SC = new Map(CRITERIA.map((c) => [c.sc, c]));

/** The criterion for "1.4.3", or undefined (axe also tags a few AAA criteria). */
export function criterion(sc) {
  return BY_SC.get(sc);
}

/** The EN 301 549 clause for a WCAG SC; AAA criteria are outside EN 301 549's requirements. */
export function enClause(sc) {
  return BY_SC.get(sc)?.en ?? `9.${sc} is not required (WCAG level AAA)`;
}

/** Understanding document of a criterion, at the W3C. */
export function understandingUrl(sc) {
  const c = BY_SC.get(sc);
  const slug = (c?.title ?? '')
    .replace(/\s*\(obsolete.*\)$/, '')
    .toLowerCase()
    .replace(/[(),]/g, '')
    .replace(/\s+/g, '-');
  return slug ? `https://www.w3.org/WAI/WCAG22/Understanding/${slug}.html` : 'https://www.w3.org/TR/WCAG22/';
}

/** axe tags such as `wcag143`, `wcag2411` → ['1.4.3'], ['2.4.11']. */
export function scFromTags(tags) {
  const out = [];
  for (const tag of tags) {
    const m = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag);
    if (m) out.push(`${m[1]}.${m[2]}.${m[3]}`);
  }
  return out;
}

/** The tags the scan runs axe with: WCAG 2.0, 2.1 and 2.2 at A and AA, and best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe rules turned off in story scans, and why. A story is a fragment of a page: the
 * landmarks around it are the authority's page, not the component's.
 */
export const AXE_RULES_OFF_IN_STORIES = {
  region: 'A story is a fragment that an authority places inside its own page landmarks; the report page itself is checked with this rule on.',
};

/**
 * axe rules turned off in the forced-colours combinations, and why. The user's own palette
 * replaces the author's colours there, so the contrast criteria are met (or not) by the
 * light and dark runs; and axe reads `-webkit-text-fill-color`, which Chromium's forced-colours
 * emulation leaves at the author's colour while it paints the forced one, so its contrast
 * figures there describe colours nobody sees.
 */
export const AXE_RULES_OFF_IN_FORCED_COLOURS = {
  'color-contrast': 'In forced colours the user’s palette replaces the author’s colours; contrast is checked in the light and dark runs (and axe reads the unforced text colour under emulation).',
  'link-in-text-block': 'Depends on the author’s colours, which forced colours replace; checked in the light and dark runs.',
};

/**
 * The report's own checks, which axe does not make. `help` is shown as the rule's summary,
 * `fix` as how to fix it.
 */
export const AUTA_RULES = {
  'auta-no-identity-code': {
    sc: [],
    impact: 'critical',
    help: 'No personal identity code (henkilötunnus) appears anywhere in the page, shadow roots included',
    fix: 'Keep identity codes on the server; show a name, and at most a birth date (see docs/patterns/on-behalf/acting-as.md).',
  },
  'auta-target-size': {
    sc: ['2.5.8'],
    impact: 'serious',
    help: 'Interactive elements are at least 24 × 24 CSS pixels, or a 24 px circle centred on each touches no other target',
    fix: 'Give the control a minimum block and inline size of 24 px (the tokens use --auta-target-size, 44 px), or add space so that a 24 px circle centred on it reaches no other target. Links inside a sentence are exempt.',
  },
  'auta-focus-visible': {
    sc: ['2.4.7'],
    impact: 'serious',
    help: 'Each tab stop shows a visible change when it receives keyboard focus',
    fix: 'Do not remove the outline without a replacement: use the shared :focus-visible ring from @auta/core baseStyles (3 px, outside the element).',
  },
  'auta-focus-not-obscured': {
    sc: ['2.4.11'],
    impact: 'serious',
    help: 'A focused element is not entirely hidden by other content',
    fix: 'Keep sticky or fixed content from covering focused elements (scroll-padding, or no fixed overlays over the component); keep focusable elements out of hidden or clipped containers.',
  },
  'auta-text-spacing': {
    sc: ['1.4.12'],
    impact: 'serious',
    help: 'No text is cut off when line height is 1.5, letter spacing 0.12 em, word spacing 0.16 em and paragraph spacing 2 em',
    fix: 'Avoid fixed heights and overflow: hidden on boxes with text; let text wrap (min-height instead of height, no white-space: nowrap on long copy).',
  },
  'auta-reflow': {
    sc: ['1.4.10'],
    impact: 'serious',
    help: 'At 320 CSS px wide, content fits without horizontal scrolling and nothing runs off the screen',
    fix: 'Use flexible widths (max-width: 100%, flex-wrap, grid with minmax(0, 1fr)) and let long words break (overflow-wrap: anywhere).',
  },
  'auta-zoom': {
    sc: ['1.4.4'],
    impact: 'serious',
    help: 'At 200% zoom (browser zoom, and text-only zoom) no content is cut off and nothing runs off the screen',
    fix: 'Size boxes that hold text in rem/em or let them grow with their content; avoid fixed pixel heights with overflow: hidden.',
  },
  'auta-opt-out-reason': {
    sc: [],
    impact: 'serious',
    help: 'A story that opts out of the accessibility report records why',
    fix: "Write the reason: parameters: { a11yReport: { skip: 'why this story cannot be scanned' } }, or per check: { skipChecks: { 'auta-reflow': 'why' } }.",
  },
  'auta-story-error': {
    sc: [],
    impact: 'critical',
    help: 'The story renders without an error, so that it can be checked',
    fix: 'Fix the error the story throws (it is shown in the message); an unrenderable story cannot be evidence.',
  },
  ...ZOOM_400_RULES,
  ...REDUCED_MOTION_RULES,
  ...FORCED_PALETTE_RULES,
  ...LANGUAGE_LEVEL_RULES,
  'auta-combination': {
    sc: [],
    impact: 'critical',
    help: 'The scan could set the language, colour scheme and forced colours it claims to have checked',
    fix: "The page did not take the language or theme the scan asked for; a story that fixes its own language or theme must say so with parameters: { lang } or { theme }, which the preview's decorator applies.",
  },
};

/** Rule ids of the extra checks that a story may skip one by one. */
export const SKIPPABLE_CHECKS = ['auta-target-size', 'auta-focus-visible', 'auta-focus-not-obscured', 'auta-text-spacing', 'auta-reflow', 'auta-zoom', ...Object.keys(ZOOM_400_RULES), ...Object.keys(REDUCED_MOTION_RULES), ...Object.keys(FORCED_PALETTE_RULES)];
