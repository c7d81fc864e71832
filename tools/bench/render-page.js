// Runs in Chromium (bundled by render.mjs with every element that exists, Lit included once).
// window.bench.setup() prepares the variants; window.bench.run(variant, n) creates and
// first-renders n instances of one variant and returns its script time and time to paint.
import { LitElement } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { CONTENT } from './fixtures/content.mjs';

const container = document.getElementById('stage');

/** Resolves after the next frame has been rendered: a message posted from rAF runs after that frame's paint. */
const afterPaint = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve();
      ch.port2.postMessage(undefined);
    }),
  );

function create(c) {
  const el = document.createElement(c.tag);
  for (const [k, v] of Object.entries(c.attrs)) el.setAttribute(k, v);
  Object.assign(el, c.props);
  return el;
}

/** The rendered shadow DOM as plain markup: Lit's marker comments left out. */
const markupOf = (root) => root.innerHTML.replace(/<!--[^]*?-->/g, '');

const variants = {};

async function setup(packages) {
  const out = {};
  for (const pkg of packages) {
    const c = CONTENT[pkg];
    if (!c || !customElements.get(c.tag)) continue;
    const probe = create(c);
    container.append(probe);
    await probe.updateComplete;
    const markup = markupOf(probe.shadowRoot);
    const styles = customElements.get(c.tag).elementStyles;
    probe.remove();

    // (a) the floor: the same markup as plain light-DOM HTML, one innerHTML for all.
    variants[`floor-${pkg}`] = {
      floor: true,
      make(n) {
        container.innerHTML = `<div class="instance">${markup}</div>`.repeat(n);
        return [];
      },
    };
    // (b) a minimal Lit element: the same DOM from one static template, with the same styles.
    const plainTag = `bench-plain-${pkg}`;
    if (!customElements.get(plainTag)) {
      const template = staticHtml`${unsafeStatic(markup)}`;
      customElements.define(
        plainTag,
        class extends LitElement {
          static styles = styles;
          render() {
            return template;
          }
        },
      );
    }
    variants[`lit-${pkg}`] = { make: (n) => append(n, () => document.createElement(plainTag)) };
    // The element itself, with its data set as properties.
    variants[`auta-${pkg}`] = { make: (n) => append(n, () => create(c)) };
    out[pkg] = { tag: c.tag, markupChars: markup.length, elements: probe.shadowRoot.querySelectorAll('*').length };

    // (c) the peer: sl-alert holding the same content in its light DOM.
    if (pkg === 'alt-channel' && customElements.get('sl-alert')) {
      const tpl = document.createElement('template');
      tpl.innerHTML = `<sl-alert open variant="primary">${markup}</sl-alert>`;
      variants['sl-alert'] = { make: (n) => append(n, () => document.importNode(tpl.content.firstElementChild, true)) };
    }
  }
  return { variants: Object.keys(variants), content: out };
}

function append(n, make) {
  const frag = document.createDocumentFragment();
  const els = [];
  for (let i = 0; i < n; i++) {
    const el = make();
    els.push(el);
    frag.append(el);
  }
  container.append(frag);
  return els;
}

async function run(name, n) {
  container.replaceChildren();
  globalThis.gc?.();
  await afterPaint();
  await afterPaint();
  const t0 = performance.now();
  const els = variants[name].make(n);
  await Promise.all(els.map((e) => e.updateComplete));
  const t1 = performance.now();
  await afterPaint();
  const t2 = performance.now();
  const rendered = container.children.length;
  return { script: t1 - t0, painted: t2 - t0, rendered };
}

window.bench = { setup, run };
