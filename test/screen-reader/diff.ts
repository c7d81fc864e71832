/**
 * A line diff (longest common subsequence) for phrase logs: small logs, readable output.
 * Lines only in the snapshot start with "- ", lines only in the live log with "+ ", and
 * two unchanged lines of context are kept around each change.
 */
export function lineDiff(expected: readonly string[], actual: readonly string[], context = 2): string {
  const n = expected.length;
  const m = actual.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = expected[i] === actual[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const ops: Array<{ op: ' ' | '-' | '+'; line: string }> = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === actual[j]) {
      ops.push({ op: ' ', line: expected[i++]! });
      j++;
    }
    // Removed lines before added ones, as `diff -u` prints them.
    else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ op: '-', line: expected[i++]! });
    else ops.push({ op: '+', line: actual[j++]! });
  }
  const keep = ops.map((o, k) => o.op !== ' ' || ops.slice(Math.max(0, k - context), k + context + 1).some((x) => x.op !== ' '));
  const out: string[] = [];
  ops.forEach((o, k) => {
    if (!keep[k]) {
      if (k === 0 || keep[k - 1]) out.push('  …');
      return;
    }
    out.push(`${o.op} ${o.line}`);
  });
  return out.join('\n');
}

/** The snapshot file's text for a log: one phrase a line, ending in a newline. */
export const toSnapshot = (lines: readonly string[]): string => `${lines.join('\n')}\n`;

/** A snapshot file's lines (the trailing newline dropped). */
export const fromSnapshot = (text: string): string[] => text.replace(/\n$/, '').split('\n');
