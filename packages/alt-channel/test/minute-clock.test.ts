// "Open now" keeps up with the time on a page left open: the notice renders again at each
// minute boundary, from the page's one clock. The clock's timer and the time are stood in
// for here (the clock's own test, packages/core/test/node/clock.test.ts, runs on mocked
// timers): its ticks are kept instead of waited for, and Date reads the test's moment.
import { expect, fixture, html } from '@open-wc/testing';
import type { AutaAltChannelNotice } from '../src/index.js';
import '../src/define.js';
import { sampleChannels } from './fixtures.js';

const RealDate = Date;
const realSetTimeout = globalThis.setTimeout;
let moment = RealDate.parse('2026-05-12T15:59:30+03:00'); // a Tuesday, half a minute before 16
const ticks: Array<() => void> = [];

class TestDate extends RealDate {
  constructor(...args: ConstructorParameters<DateConstructor> | []) {
    super(...((args.length ? args : [moment]) as [number]));
  }
  static override now = () => moment;
}

function notice(): Promise<AutaAltChannelNotice> {
  return fixture<AutaAltChannelNotice>(html`<auta-alt-channel-notice lang="fi" errand="Hae asumistukea" .channels=${sampleChannels}></auta-alt-channel-notice>`);
}
const status = (el: AutaAltChannelNotice) => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();

describe('auta-alt-channel-notice: open now as of now', () => {
  before(() => {
    globalThis.Date = TestDate as DateConstructor;
    globalThis.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
      if (typeof fn === 'function' && fn.name === 'tick') {
        ticks.push(fn as () => void);
        return 0;
      }
      return realSetTimeout(fn, ms, ...rest);
    }) as typeof setTimeout;
  });
  after(() => {
    globalThis.Date = RealDate;
    globalThis.setTimeout = realSetTimeout;
  });

  it('says "closed" once the closing minute has passed, with nothing set by the page, and one clock serves every notice', async () => {
    const first = await notice();
    const second = await notice();
    expect(status(first)).to.equal('Avoinna nyt, sulkeutuu kello 16.');
    // The first notice started the clock; the second joined it.
    ticks.splice(0).forEach((tick) => tick());
    expect(ticks.length, 'one timer set again, not one per notice').to.equal(1);

    moment = RealDate.parse('2026-05-12T16:00:05+03:00');
    ticks.splice(0).forEach((tick) => tick());
    await first.updateComplete;
    await second.updateComplete;
    expect(status(first)).to.equal('Suljettu nyt, avautuu huomenna kello 9.');
    expect(status(second)).to.equal('Suljettu nyt, avautuu huomenna kello 9.');

    // Gone from the page: the clock leaves them and, with none left, stops.
    first.remove();
    second.remove();
    ticks.splice(0).forEach((tick) => tick());
    expect(ticks.length).to.equal(0);
  });
});
