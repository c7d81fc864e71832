import { expect, fixture, html } from '@open-wc/testing';
import { PhraseLogMismatch, VirtualReader, expectPhrases } from './reader.js';
import { lineDiff } from './diff.js';

/*
 * The harness tests itself: a small search form read, tabbed and typed into, once as it
 * should be (its log is the snapshot harness.search.txt) and three times deliberately
 * broken. Each broken version must fail against the good snapshot with a diff that names
 * the fault in a line a person can read.
 */
type Fault = 'none' | 'unnamed-button' | 'wrong-heading-level' | 'live-per-keystroke';

async function form(fault: Fault) {
  const el = await fixture<HTMLDivElement>(html`<div>
    ${fault === 'wrong-heading-level' ? html`<h3>Etsi digitukea</h3>` : html`<h2>Etsi digitukea</h2>`}
    <label for="q">Hae</label>
    <input id="q" type="search" />
    ${fault === 'unnamed-button' ? html`<button type="button"><svg width="16" height="16" aria-hidden="true"></svg></button>` : html`<button type="button">Hae</button>`}
    <div role="status" aria-live="polite" aria-atomic="true"></div>
  </div>`);
  const input = el.querySelector('input')!;
  const status = el.querySelector('[role="status"]')!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const say = () => (status.textContent = `${input.value.length} osumaa`);
  input.addEventListener('input', () => {
    if (fault === 'live-per-keystroke') {
      say();
      return;
    }
    // As the core announcer does: once the typing pauses.
    clearTimeout(timer);
    timer = setTimeout(say, 300);
  });
  return el;
}

async function run(fault: Fault): Promise<string[]> {
  const el = await form(fault);
  const sr = new VirtualReader(el);
  try {
    await sr.readAll();
    await sr.tabTo('input');
    await sr.type('abc');
    await sr.pause(600);
    await sr.tabThrough();
    return sr.log;
  } finally {
    sr.stop();
  }
}

async function failure(fault: Fault): Promise<string> {
  const log = await run(fault);
  try {
    await expectPhrases('harness.search', log, { readonly: true });
  } catch (error) {
    expect(error).to.be.instanceOf(PhraseLogMismatch);
    return (error as Error).message;
  }
  throw new Error(`the harness passed a fixture with the fault "${fault}"`);
}

describe('screen-reader harness: self-test', function () {
  this.timeout(30_000);

  it('the good fixture matches its snapshot', async () => {
    await expectPhrases('harness.search', await run('none'));
  });

  it('fails on a button without a name, naming it in the diff', async () => {
    const message = await failure('unnamed-button');
    expect(message).to.contain('\n- button, Hae\n+ button\n');
  });

  it('fails on a wrong heading level', async () => {
    const message = await failure('wrong-heading-level');
    expect(message).to.contain('\n- heading, level 2, Etsi digitukea\n+ heading, level 3, Etsi digitukea\n');
  });

  it('fails on a live region that announces every keystroke', async () => {
    const message = await failure('live-per-keystroke');
    expect(message).to.contain('+ [polite] 1 osumaa');
    expect(message).to.contain('+ [polite] 2 osumaa');
  });

  it('diffs lines readably, with context and gaps', () => {
    const a = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const b = ['a', 'b', 'c', 'd', 'E', 'f', 'g', 'h'];
    expect(lineDiff(a, b)).to.equal(['  …', '  c', '  d', '- e', '+ E', '  f', '  g', '  …'].join('\n'));
  });
});
