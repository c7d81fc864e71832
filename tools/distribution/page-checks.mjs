// Shared by the integration and CDN tests: a Chromium, and the checks that a page shows
// every Auta element rendered and reacts to an element's event.
import { chromium } from 'playwright-core';
import { browserPath, CHROME_FLAGS } from 'auta-tool-browser';
import { readManifest, elementsOf } from './manifest.mjs';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Every tag in the manifest: a new element must show up in every example too. */
export const TAGS = elementsOf(readManifest()).map((e) => e.tagName);

export function launch() {
  return chromium.launch({ executablePath: browserPath(), args: CHROME_FLAGS.filter((f) => f !== '--headless=new'), headless: true });
}

/**
 * Opens a page and records what goes wrong on it: uncaught errors, console errors and
 * warnings, and any request that leaves the test server (the library makes none).
 */
export async function openPage(browser, { javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  const warnings = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon/.test(m.location().url ?? '')) problems.push(`console error: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') problems.push(`request to another origin: ${r.url()}`);
  });
  return { page, context, problems, warnings };
}

/**
 * Waits until every tag is defined and at least one instance of each (also inside other
 * elements' shadow roots: the finder renders the cards) has rendered its shadow root.
 * Returns, per tag, the text its first instance renders.
 */
export async function expectRendered(page, tags = TAGS, timeout = 15000) {
  await page.waitForFunction(
    (tags) => {
      const deepAll = (root, sel, out = []) => {
        out.push(...root.querySelectorAll(sel));
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) deepAll(el.shadowRoot, sel, out);
        return out;
      };
      return tags.every((tag) => {
        if (!customElements.get(tag)) return false;
        // Most elements render into a shadow root; the feedback forms render into their light DOM.
        return deepAll(document, tag).some((el) => {
          const root = el.shadowRoot ?? el;
          return root.querySelector('*:not(style)') && root.textContent.trim().length > 0;
        });
      });
    },
    tags,
    { timeout },
  );
  return page.evaluate((tags) => {
    const deepAll = (root, sel, out = []) => {
      out.push(...root.querySelectorAll(sel));
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) deepAll(el.shadowRoot, sel, out);
      return out;
    };
    return Object.fromEntries(tags.map((tag) => [tag, (deepAll(document, tag)[0].shadowRoot ?? deepAll(document, tag)[0]).textContent.replace(/\s+/g, ' ').trim().slice(0, 200)]));
  }, tags);
}

/**
 * A person picks "another person" in the on-behalf entry with the keyboard-reachable radio
 * button (a real click on it); the page's own listener must write the choice to #status.
 */
export async function chooseAnotherPerson(page) {
  await page.locator('auta-on-behalf-entry input[type="radio"][value="person"]').click();
  await page.waitForFunction(() => /toisen henkilön puolesta/.test(document.querySelector('#status')?.textContent ?? ''), null, { timeout: 5000 });
  return page.locator('#status').textContent();
}
