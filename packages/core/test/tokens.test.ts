import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { baseStyles } from '../src/styles.js';
import { buttonStyles } from '../src/button-styles.js';
import { checkThemeContrast, contrastRatio, COLOR_TOKENS, type Theme } from '../src/tokens.js';
import { darkTheme, lightTheme } from '../src/token-docs.js';
import { AnnouncerController } from '../src/announcer.js';
import { pickText } from '../src/localized.js';

class TestTokens extends LitElement {
  static override styles = [...baseStyles, buttonStyles];
  readonly announcer = new AnnouncerController(this);
  override render() {
    return litHtml`<p>Text</p><button class="button">Go</button><span class="visually-hidden">hidden</span>${this.announcer.region()}`;
  }
}
customElements.define('test-tokens', TestTokens);

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe('design tokens', () => {
  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(() => contrastRatio('red', '#fff')).to.throw(/#rrggbb/);
  });

  it('ships light and dark themes that meet every contrast pair', () => {
    expect(checkThemeContrast(lightTheme)).to.deep.equal([]);
    expect(checkThemeContrast(darkTheme)).to.deep.equal([]);
  });

  it('refuses a theme whose colours fail contrast', () => {
    const bad: Theme = { ...lightTheme, 'color-text-muted': '#9a9a9a', 'color-border': '#dddddd' };
    const failures = checkThemeContrast(bad).map((f) => `${f.fg}/${f.bg}`);
    expect(failures).to.include('color-text-muted/color-surface');
    expect(failures).to.include('color-border/color-surface');
  });

  it('applies defaults, host overrides and the dark scheme', async () => {
    const el = await fixture<TestTokens>(html`<test-tokens></test-tokens>`);
    const p = el.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(p).color).to.equal(rgb(COLOR_TOKENS['color-text'].light));
    el.style.setProperty('--auta-color-text', '#112233');
    expect(getComputedStyle(p).color).to.equal('rgb(17, 34, 51)');
    el.style.removeProperty('--auta-color-text');
    el.style.colorScheme = 'dark';
    expect(getComputedStyle(p).color).to.equal(rgb(COLOR_TOKENS['color-text'].dark));
  });

  it('gives buttons a target of at least 24×24 px and hides visually hidden text', async () => {
    const el = await fixture<TestTokens>(html`<test-tokens></test-tokens>`);
    const box = el.shadowRoot!.querySelector('button')!.getBoundingClientRect();
    expect(box.height).to.be.at.least(24);
    expect(box.width).to.be.at.least(24);
    const hidden = el.shadowRoot!.querySelector('.visually-hidden')!.getBoundingClientRect();
    expect(hidden.width).to.be.at.most(1);
  });

  it('uses system colours in forced-colours mode', async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await fixture<TestTokens>(html`<test-tokens></test-tokens>`);
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'none' }]);
    }
  });
});

describe('AnnouncerController', () => {
  it('announces once per pause', async () => {
    const el = await fixture<TestTokens>(html`<test-tokens></test-tokens>`);
    const region = () => el.shadowRoot!.querySelector('[role="status"]')!;
    expect(region().getAttribute('aria-live')).to.equal('polite');
    for (let i = 1; i <= 5; i++) el.announcer.announce(`${i} places found`, 30);
    await new Promise((r) => setTimeout(r, 80));
    await el.updateComplete;
    expect(region().textContent).to.equal('5 places found');
    expect(el.announcer.count).to.equal(1);
  });

  it('empties the region before repeating the same words', async () => {
    const el = await fixture<TestTokens>(html`<test-tokens></test-tokens>`);
    el.announcer.announce('Loading');
    await new Promise((r) => setTimeout(r, 10));
    el.announcer.announce('Loading');
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('');
    await new Promise((r) => setTimeout(r, 120));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Loading');
    expect(el.announcer.count).to.equal(2);
  });
});

describe('pickText', () => {
  it('prefers the UI language, then the national languages', () => {
    expect(pickText({ fi: 'Kirjasto', sv: 'Bibliotek', en: 'Library' }, 'sv')).to.deep.equal({ text: 'Bibliotek', lang: 'sv' });
    expect(pickText({ fi: 'Kirjasto', sv: 'Bibliotek' }, 'en')).to.deep.equal({ text: 'Kirjasto', lang: 'fi' });
    expect(pickText({ sv: 'Bibliotek', en: ' ' }, 'en')).to.deep.equal({ text: 'Bibliotek', lang: 'sv' });
    expect(pickText({ se: 'Girjerájus' }, 'fi')).to.deep.equal({ text: 'Girjerájus', lang: 'se' });
    expect(pickText({}, 'fi')).to.equal(undefined);
    expect(pickText(undefined, 'fi')).to.equal(undefined);
  });
});
