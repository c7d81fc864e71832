/**
 * WCAG 2.2 SC 3.2.6 Consistent Help: help mechanisms repeated on several pages appear in
 * the same order relative to each other on each of them (unless the user changes it).
 * This module judges that from the order found on each page; it needs no browser.
 */

/** What was found on one page, in the order a reader meets it. */
export interface PageHelp {
  /** The page as given (a URL or a file path). */
  page: string;
  /** Help mechanisms, first occurrence each: `phone`, `faq`, `auta-help › customer-service` … */
  mechanisms: string[];
  /** Set when the page could not be loaded; such a page is reported and not compared. */
  error?: string;
}

/** One pair of mechanisms in the other order than most pages have them. */
export interface OrderProblem {
  /** The mechanism this page has first. */
  first: string;
  /** The mechanism this page has second, which most pages have first. */
  second: string;
  /** The pages that have `second` before `first`. */
  otherPages: string[];
}

export interface PageResult extends PageHelp {
  /** `ok`, `breaks` (the order differs), `no-help` (nothing found) or `error`. */
  status: 'ok' | 'breaks' | 'no-help' | 'error';
  problems: OrderProblem[];
}

export interface CheckHelpReport {
  /** True when every pair of mechanisms found on more than one page keeps its order. */
  consistent: boolean;
  /** True when no page has any help mechanism at all. */
  noHelp: boolean;
  /** Every mechanism found, in the order most pages have them. */
  order: string[];
  pages: PageResult[];
}

/**
 * Compares the pages pairwise. For every two mechanisms that appear together on at least
 * two pages, the order most pages use is the reference (a tie goes to the first page in
 * the list that has both); a page that has them the other way round breaks it, and the
 * problem names the pair and the pages that have it the other way.
 */
export function compareHelpOrder(found: PageHelp[]): CheckHelpReport {
  const loaded = found.filter((p) => !p.error);
  const position = loaded.map((p) => new Map(p.mechanisms.map((m, i) => [m, i])));
  const all = [...new Set(loaded.flatMap((p) => p.mechanisms))];
  /** For a pair (a, b): the pages with a before b, and with b before a. */
  const sides = (a: string, b: string) => {
    const ab: number[] = [];
    const ba: number[] = [];
    position.forEach((pos, i) => {
      if (!pos.has(a) || !pos.has(b)) return;
      (pos.get(a)! < pos.get(b)! ? ab : ba).push(i);
    });
    return { ab, ba };
  };
  /** Whether the reference order has a before b (undefined: never together). */
  const before = (a: string, b: string): boolean | undefined => {
    const { ab, ba } = sides(a, b);
    if (!ab.length && !ba.length) return undefined;
    if (ab.length !== ba.length) return ab.length > ba.length;
    return Math.min(...ab) < Math.min(...ba);
  };
  const firstSeen = new Map(all.map((m, i) => [m, i]));
  const order = [...all].sort((a, b) => {
    const ab = before(a, b);
    return ab === undefined ? firstSeen.get(a)! - firstSeen.get(b)! : ab ? -1 : 1;
  });

  const pages: PageResult[] = found.map((p) => {
    if (p.error) return { ...p, status: 'error', problems: [] };
    if (!p.mechanisms.length) return { ...p, status: 'no-help', problems: [] };
    const i = loaded.indexOf(p);
    const problems: OrderProblem[] = [];
    for (let x = 0; x < p.mechanisms.length; x++) {
      for (let y = x + 1; y < p.mechanisms.length; y++) {
        const [first, second] = [p.mechanisms[x]!, p.mechanisms[y]!];
        if (before(first, second) !== false) continue;
        const { ba } = sides(first, second);
        problems.push({ first, second, otherPages: ba.filter((j) => j !== i).map((j) => loaded[j]!.page) });
      }
    }
    return { ...p, status: problems.length ? 'breaks' : 'ok', problems };
  });
  return {
    consistent: pages.every((p) => p.status !== 'breaks'),
    noHelp: loaded.every((p) => p.mechanisms.length === 0),
    order,
    pages,
  };
}

/** The report as a plain-text table for a terminal or a CI log, with one line of verdict. */
export function formatHelpReport(report: CheckHelpReport): string {
  const rows: string[][] = [['page', 'help mechanisms in order', 'result']];
  for (const p of report.pages) {
    const result =
      p.status === 'error'
        ? `could not be checked: ${p.error}`
        : p.status === 'no-help'
          ? 'no help mechanisms on this page'
          : p.status === 'ok'
            ? 'same order'
            : p.problems.map((x) => `"${x.first}" before "${x.second}"; ${x.otherPages.length} other page(s) have "${x.second}" first`).join('; ');
    rows.push([p.page, p.mechanisms.join(', ') || '–', result]);
  }
  const widths = rows[0]!.map((_, c) => Math.min(60, Math.max(...rows.map((r) => r[c]!.length))));
  const line = (r: string[]) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ');
  const out = [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
  const broken = report.pages.filter((p) => p.status === 'breaks');
  const errors = report.pages.filter((p) => p.status === 'error');
  out.push('');
  if (report.noHelp) out.push(`No help mechanisms found on any of the ${report.pages.length} page(s) (looked for <auta-help>, <auta-alt-channel-notice> and [data-auta-help]).`);
  else if (broken.length) out.push(`FAIL WCAG 2.2 SC 3.2.6 Consistent Help: ${broken.length} of ${report.pages.length} page(s) change the order of help. Expected order: ${report.order.join(', ')}.`);
  else out.push(`PASS WCAG 2.2 SC 3.2.6 Consistent Help: help keeps the same relative order on all ${report.pages.length - errors.length} checked page(s): ${report.order.join(', ')}.`);
  if (errors.length) out.push(`${errors.length} page(s) could not be checked.`);
  return out.join('\n');
}
