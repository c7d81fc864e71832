import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { AutaHelp, AutaServiceUnavailable } from '../src/index.js';
import { customerService, otherWays, selfHelp, tuesdayMorning } from './fixtures.js';

const headings = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4')].map((h) => h.textContent!.trim());

describe('the easy-to-read level (selkokieli, lättläst, easy English)', () => {
  const expected = {
    fi: ['Tarvitsetko apua?', 'Kysy meiltä', 'Soita meille', 'Kirjoita meille chatissa', 'Lue ohjeet'],
    sv: ['Behöver du hjälp?', 'Fråga oss', 'Ring oss', 'Skriv till oss i chatten', 'Läs hur du gör'],
    en: ['Do you need help?', 'Ask us', 'Call us', 'Write to us in the chat', 'Read how to do it'],
  };
  for (const [lang, words] of Object.entries(expected)) {
    it(`<auta-help language-level="easy"> speaks easy ${lang}, and is accessible`, async () => {
      const el = await fixture<AutaHelp>(html`<auta-help lang=${lang} language-level="easy" .channels=${customerService.slice(3)} .selfHelp=${selfHelp} .now=${tuesdayMorning}></auta-help>`);
      expect(headings(el)).to.include.members(words);
      await expect(el).to.be.accessible();
    });
  }

  it('follows the page’s data-auta-language-level, and the standard level by default', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div data-auta-language-level="easy"><auta-help lang="fi" other-ways-href="/muut"></auta-help></div>`);
    const el = wrapper.querySelector('auta-help')!;
    await el.updateComplete;
    expect(headings(el)).to.include('Voit hoitaa asian myös muuten');
    const standard = await fixture<AutaHelp>(html`<auta-help lang="fi" other-ways-href="/muut"></auta-help>`);
    expect(headings(standard)).to.include('Muut tavat asioida');
  });

  it('<auta-service-unavailable> says it plainly, and lets the host replace an easy string', async () => {
    const el = await fixture<AutaServiceUnavailable>(html`<auta-service-unavailable lang="fi" language-level="easy" reason="fault" service="Asumistuki" .channels=${otherWays} .now=${tuesdayMorning}></auta-service-unavailable>`);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Asumistuki ei toimi nyt');
    expect(text).to.contain('Emme vielä tiedä, milloin palvelu toimii.');
    expect(text).to.contain('Voit hoitaa asian myös näin');
    await expect(el).to.be.accessible();
    el.messages = { easy: { fi: { otherWaysHeading: 'Hoida asia näin' } } };
    await el.updateComplete;
    expect(headings(el)).to.include('Hoida asia näin');
  });
});
