// The notice's accessibility: axe in every variant and language, forced colours and dark, its group or region, keyboard order and focus, target size and 320 px.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { atNarrowWidth, axeRoleAndName, findAll, inDarkScheme, inForcedColours, itIsAccessibleIn, keepLinksOnPage, snapshot } from '../../../test/support/browser.js';
import { VARIANTS, notice } from './notice-fixture.js';

keepLinksOnPage();

describe('auta-alt-channel-notice: accessibility', () => {
  // a11y-evidence: notice.accessible
  itIsAccessibleIn(VARIANTS, notice);

  // a11y-evidence: notice.accessible-forced-colours-dark-scheme
  it('is accessible in forced colours and in the dark scheme', async () => {
    await inForcedColours(async () => {
      for (const variant of VARIANTS) await expect(await notice(variant)).to.be.accessible();
    });
    await inDarkScheme(async () => {
      for (const variant of VARIANTS) await expect(await notice(variant, 'sv')).to.be.accessible();
    });
  });

  // a11y-evidence: notice.keeps-borders-callout-outage-visible
  it('keeps the borders of callout and outage visible in forced colours', async () => {
    await inForcedColours(async () => {
      for (const variant of ['callout', 'outage']) {
        const base = (await notice(variant)).shadowRoot!.querySelector('[part="base"]')!;
        const style = getComputedStyle(base);
        expect(style.borderInlineStartStyle, variant).to.equal('solid');
        expect(parseFloat(style.borderInlineStartWidth), variant).to.be.greaterThan(4);
      }
    });
  });

  // a11y-evidence: notice.group-named-heading-which-names
  it('is a group named by its heading, which names the errand; links say what they do', async () => {
    const el = await notice('inline', 'fi');
    await expect(el).to.be.accessible();
    const tree = await snapshot();
    // Chromium's snapshot through puppeteer leaves out groups (only landmarks, controls and
    // named leaves are "interesting"), so the group's role and name come from axe's own
    // accessible-name computation, which follows aria-labelledby inside the shadow root.
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(axeRoleAndName(base)).to.deep.equal({ role: 'group', name: 'Hae asumistukea muulla tavalla' });
    const headings = findAll(tree, (n) => n.role === 'heading');
    expect(headings.map((h) => [h.name, h.level])).to.deep.equal([
      ['Hae asumistukea muulla tavalla', 2],
      ['Puhelimitse', 3],
      ['Palvelupisteessä', 3],
      ['Postitse', 3],
      ['Sähköpostitse', 3],
      ['Apua verkkopalvelun käyttöön', 3],
    ]);
    const links = findAll(tree, (n) => n.role === 'link').map((l) => l.name);
    // The phone link's name is the grouped number as shown: no aria-label override.
    expect(links).to.deep.equal(['0295 123 456', 'Varaa aika', 'Tulosta lomake', 'asumistuki@example.com', 'Etsi digitukea läheltäsi']);
  });

  // a11y-evidence: notice.region-landmark-outage-variant-never
  it('is a region landmark in the outage variant, never an alert', async () => {
    const el = await notice('outage', 'en');
    const tree = await snapshot();
    const region = findAll(tree, (n) => n.role === 'region' && n.name === 'Apply for housing allowance another way during the outage');
    expect(region).to.have.length(1);
    await expect(el).to.be.accessible();
    expect(axeRoleAndName(el.shadowRoot!.querySelector('[part="base"]')!).role).to.equal('region');
    expect(findAll(tree, (n) => n.role === 'alert' || n.role === 'status')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[role="alert"], [aria-live]')).to.equal(null);
  });

  // a11y-evidence: notice.reaches-link-tab-fixed-order
  it('reaches every link with Tab, in the fixed order, each with a visible focus ring', async () => {
    const el = await notice('callout', 'fi');
    await expect(el).to.be.accessible();
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLAnchorElement;
      expect(active?.localName, `Tab ${i + 1}`).to.equal('a');
      const style = getComputedStyle(active);
      expect(style.outlineStyle, `${active.textContent} has a focus ring`).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(active.matches(':focus-visible')).to.equal(true);
      seen.push(active.getAttribute('href')!);
    }
    expect(seen).to.deep.equal([
      'tel:+358295123456',
      'https://example.com/ajanvaraus',
      'https://example.com/lomakkeet/asumistuki.pdf',
      'mailto:asumistuki@example.com',
      'https://example.com/digituki',
    ]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement!.getAttribute('href')).to.equal('mailto:asumistuki@example.com');
  });

  // a11y-evidence: notice.gives-stand-alone-links-target
  it('gives stand-alone links a target at least 24px high', async () => {
    const el = await notice('inline', 'en');
    for (const a of el.shadowRoot!.querySelectorAll('a')) {
      expect(a.getBoundingClientRect().height, a.textContent!).to.be.at.least(24);
    }
  });

  // a11y-evidence: notice.fits-320px-wide-viewport-without
  it('fits a 320px-wide viewport without horizontal scrolling', async () => {
    await atNarrowWidth(async () => {
      const el = await notice('outage', 'fi');
      expect(el.scrollWidth).to.be.at.most(320);
    });
  });
});
