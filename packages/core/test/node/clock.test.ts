import { after, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { minuteClock } from '../../src/entries/hours.js';

// Tuesday 12 May 2026, 09:59:30 UTC: half a minute before a boundary.
mock.timers.enable({ apis: ['setTimeout', 'Date'], now: Date.parse('2026-05-12T09:59:30Z') });
after(() => mock.timers.reset());

/** An element as the clock sees it: it takes controllers and counts its updates. */
function host() {
  const controllers: ReactiveController[] = [];
  const h = {
    updates: 0,
    addController: (c: ReactiveController) => void controllers.push(c),
    removeController: () => {},
    requestUpdate: () => void h.updates++,
    updateComplete: Promise.resolve(true),
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
  minuteClock(h as unknown as ReactiveControllerHost);
  return h;
}

test('every element on the page renders again at each minute boundary, from one timer, and none once they are gone', () => {
  const a = host();
  const b = host();
  a.connect();
  b.connect();
  mock.timers.tick(0);
  const first = [a.updates, b.updates];
  // The next boundary is 30 s away; the tick comes 50 ms after it, so the minute read is the new one.
  mock.timers.tick(30_000);
  assert.deepEqual([a.updates, b.updates], first, 'nothing before the boundary');
  mock.timers.tick(50);
  assert.deepEqual([a.updates, b.updates], [first[0]! + 1, first[1]! + 1], 'both at the boundary: one timer serves both');
  mock.timers.tick(60_000);
  assert.deepEqual([a.updates, b.updates], [first[0]! + 2, first[1]! + 2], 'and at the next one');

  a.disconnect();
  mock.timers.tick(60_000);
  assert.equal(a.updates, first[0]! + 2, 'a disconnected element is left alone');
  assert.equal(b.updates, first[1]! + 3);

  b.disconnect();
  mock.timers.tick(10 * 60_000);
  assert.equal(b.updates, first[1]! + 3, 'with no element left the clock stops');

  // Connected again, it starts again.
  b.connect();
  mock.timers.tick(60_050);
  assert.ok(b.updates > first[1]! + 3);
});
