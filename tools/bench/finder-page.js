// Runs in Chromium (bundled by finder.mjs): the finder's first render on its embedded sample
// data, and keystroke to painted first page of results with generated records.
import { generateProviders } from 'auta-tool-sample-data';

const stage = document.getElementById('stage');

const afterPaint = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve();
      ch.port2.postMessage(undefined);
    }),
  );
const nextTask = () =>
  new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(undefined);
  });

/**
 * What the finder knows of its searches: its controller (`FinderController`, held in the
 * element's `finder` field) owns `busy`, `phase` and `total`. Reading them on the element
 * itself would find nothing and measure an empty page.
 */
const state = (el) => el.finder;

/**
 * Until the finder shows the answer to its newest search, with every card on the page
 * rendered. Reads the controller's `busy` and `phase`: the moment the results list stops
 * being aria-busy is the moment a person sees the new page.
 */
async function settled(el) {
  for (;;) {
    await el.updateComplete;
    if (!state(el).busy && state(el).phase !== 'loading') break;
    await nextTask();
  }
  const cards = [...el.shadowRoot.querySelectorAll('auta-provider-card')];
  await Promise.all(cards.map((c) => c.updateComplete));
  return cards.length;
}

let finder;

window.benchFinder = {
  async firstRender() {
    stage.replaceChildren();
    globalThis.gc?.();
    await afterPaint();
    const t0 = performance.now();
    const el = document.createElement('auta-provider-finder');
    stage.append(el);
    const cards = await settled(el);
    const t1 = performance.now();
    await afterPaint();
    return { script: t1 - t0, painted: performance.now() - t0, cards };
  },
  async load(count) {
    stage.replaceChildren();
    finder = undefined;
    const providers = generateProviders(count, 42);
    globalThis.gc?.();
    await afterPaint();
    const t0 = performance.now();
    const el = document.createElement('auta-provider-finder');
    el.providers = providers;
    stage.append(el);
    const cards = await settled(el);
    await afterPaint();
    finder = el;
    return { load: performance.now() - t0, cards, total: state(el).total };
  },
  /** Types `text` into the search field as it stands after this keystroke. */
  async keystroke(text) {
    const input = finder.shadowRoot.querySelector('input[type="search"]');
    input.value = text;
    const t0 = performance.now();
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text.slice(-1) || null }));
    const cards = await settled(finder);
    const t1 = performance.now();
    await afterPaint();
    return { script: t1 - t0, painted: performance.now() - t0, cards, total: state(finder).total };
  },
};
