import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../../../test/support/browser.js';
import '../src/define.js';
import type { AutaOnBehalfEntry } from '../src/on-behalf-entry.js';
import { loadOnBehalfCopy, loadOnBehalfEasy, onBehalfCatalog } from '../src/messages.js';
import { easyChunkRequests, failEasyChunk, rejected } from '../../../test/support/easy-chunk.js';
import { shadow } from './entry-helpers.js';

const hint = (el: AutaOnBehalfEntry) => shadow(el).querySelector('#hint-person p:not([part])')!.textContent!.trim();

// HTML's "fetch a single module script" keeps a failed fetch in the page's module map, and
// Firefox does so: a second import() of the chunk answers with the first failure, without a
// request, until the page loads again. Chromium fetches again. copyLoader asks at every update
// in both; only what the browser does with the asking differs.
const failuresStayInModuleMap = navigator.userAgent.includes('Firefox');

// A page of its own: the chunk must not have loaded before the failing request. The entry's
// easy loader used to catch its own failure; now copyLoader decides, as for every element.
describe('<auta-on-behalf-entry>: when the easy-to-read chunk cannot load', () => {
  let restore: () => void = () => {};
  let el!: AutaOnBehalfEntry;
  let asked = 0;
  before(() => (restore = failEasyChunk('on-behalf')));
  after(() => restore());

  it('shows the standard text, says so once per text, stays accessible, and asks again at the next update', async () => {
    const seen = await captureWarnings(async () => {
      el = await fixture<AutaOnBehalfEntry>(html`<auta-on-behalf-entry lang="fi" language-level="easy"></auta-on-behalf-entry>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    asked = easyChunkRequests('on-behalf').length;
    if (failuresStayInModuleMap) expect(asked, 'one request; the second import is answered from the module map').to.equal(1);
    else expect(asked, 'asked for at each of the two updates').to.be.at.least(2);
    expect(onBehalfCatalog.easy).to.equal(undefined);
    expect(el.resolvedLanguageLevel).to.equal('easy');
    expect(hint(el)).to.equal(onBehalfCatalog.fi!.personHint);
    const about = (key: string) => seen.filter((w) => w.includes(`auta-on-behalf-entry: no easy-to-read "fi" text for "${key}"`));
    expect(about('personHint'), 'one warning, over two updates').to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('the loader the element uses resolves; the plain loader a server awaits rejects, so a missing file is not missed', async () => {
    expect(await loadOnBehalfCopy('fi', 'easy'), 'resolves').to.equal(undefined);
    expect(await rejected(loadOnBehalfEasy()), 'loadOnBehalfEasy() rejected').to.equal(true);
    expect(onBehalfCatalog.easy).to.equal(undefined);
  });

  it('once the chunk is there again, the next update loads it and speaks easy-to-read', async () => {
    if (failuresStayInModuleMap) throw new Error("[not in firefox: a module that failed to load stays failed in the page's module map until the page loads again]");
    restore();
    el.requestUpdate();
    await el.updateComplete;
    expect(easyChunkRequests('on-behalf').length).to.be.greaterThan(asked);
    expect(onBehalfCatalog.easy).not.to.equal(undefined);
    expect(onBehalfCatalog.easy!.fi!.personHint).not.to.equal(onBehalfCatalog.fi!.personHint);
    expect(hint(el)).to.equal(onBehalfCatalog.easy!.fi!.personHint);
  });
});
