// The bench's statistics and formatting: every figure in the tables, reports/bench.json and
// the budget check is one of these, so a slip here would move every ceiling at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exact, fmt, quantile, summarize } from '../lib.mjs';

test('quantile is the nearest rank of an ascending list, clamped to its ends', () => {
  const s = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  assert.equal(quantile(s, 0.5), 5);
  assert.equal(quantile(s, 0.95), 10);
  assert.equal(quantile(s, 0), 1);
  assert.equal(quantile([42], 0.95), 42);
  assert.ok(Number.isNaN(quantile([], 0.5)));
});

test('summarize: median of an even and an odd count, mean, ends and p95; non-finite samples are dropped', () => {
  assert.deepEqual(summarize([4, 1, 3, 2], 'ms'), { median: 2.5, mean: 2.5, min: 1, max: 4, p95: 4, runs: 4, unit: 'ms' });
  assert.deepEqual(summarize([9, NaN, 1, Infinity, 5], 'ms'), { median: 5, mean: 5, min: 1, max: 9, p95: 9, runs: 3, unit: 'ms' });
  const none = summarize([], 'ms');
  assert.equal(none.runs, 0);
  assert.ok(Number.isNaN(none.median) && Number.isNaN(none.min));
});

test('exact: a byte count is one run with every statistic the same', () => {
  assert.deepEqual(exact(1234, 'B'), { median: 1234, mean: 1234, min: 1234, max: 1234, p95: 1234, runs: 1, unit: 'B' });
});

test('fmt writes bytes, milliseconds, ratios and factors as the tables show them', () => {
  assert.equal(fmt(999, 'B'), '999 B');
  assert.equal(fmt(12345, 'B'), '12.35 KB');
  assert.equal(fmt(250.4, 'ms'), '250 ms');
  assert.equal(fmt(12.34, 'ms'), '12.3 ms');
  assert.equal(fmt(1.234, 'ms'), '1.23 ms');
  assert.equal(fmt(0.1234, 'ms'), '0.123 ms');
  assert.equal(fmt(0.256, 'ratio'), '25.6 %');
  assert.equal(fmt(1.5, 'x'), '1.50×');
  assert.equal(fmt(NaN, 'ms'), '–');
});
