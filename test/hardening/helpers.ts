/**
 * Browser helpers for the hardening tests: walk every shadow root, check the links and
 * markup that came out, count warnings, and watch the trap that injected code would set.
 */
import { expect } from '@open-wc/testing';
import { ALLOWED_LINK_SCHEMES, PROTOTYPE_PROBE, TRAP } from './fixtures/hostile.js';

/** Every element under `root`, through open shadow roots (and slotted light DOM, which is under the host). */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root instanceof Element) {
    out.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return out;
}

/** All text a person could read under `root`, shadow roots included. */
export function allText(root: Element): string {
  return allElements(root)
    .flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? ''))
    .join(' ');
}

/** Attributes that make the browser fetch or navigate. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'poster', 'srcset', 'xlink:href', 'background', 'ping'];

/**
 * Problems with what was rendered: a link with a disallowed scheme, any attribute that
 * loads or navigates to one, an event-handler attribute, or an element that data could
 * only have put there by being parsed as HTML.
 */
export function renderedProblems(root: Element): string[] {
  const problems: string[] = [];
  for (const el of allElements(root)) {
    const tag = el.localName;
    if (['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'frame', 'frameset', 'applet'].includes(tag)) {
      problems.push(`<${tag}> element rendered`);
    }
    if (tag === 'img' || tag === 'video' || tag === 'audio' || tag === 'source' || tag === 'image') problems.push(`<${tag}> element rendered`);
    // Static styles are adopted style sheets; a <style> element can only come from data.
    if (tag === 'style' && el.getRootNode() !== document) problems.push('<style> element inside a shadow root');
    for (const attr of el.getAttributeNames()) {
      if (/^on/i.test(attr)) problems.push(`<${tag} ${attr}> event-handler attribute`);
      if (attr === 'style' && el.getAttribute('style')) problems.push(`<${tag} style="${el.getAttribute('style')}"> inline style`);
      if (URL_ATTRIBUTES.includes(attr)) {
        const value = el.getAttribute(attr) ?? '';
        let protocol: string;
        try {
          protocol = new URL(value, location.href).protocol;
        } catch {
          problems.push(`<${tag} ${attr}="${value.slice(0, 80)}"> is not a URL`);
          continue;
        }
        if (!ALLOWED_LINK_SCHEMES.includes(protocol)) problems.push(`<${tag} ${attr}="${value.slice(0, 80)}"> has scheme ${protocol}`);
        if (value.includes(TRAP)) problems.push(`<${tag} ${attr}="${value.slice(0, 80)}"> carries an injected script`);
      }
    }
  }
  return problems;
}

/** The hrefs of every link under `root`, shadow roots included. */
export function hrefs(root: Element): string[] {
  return allElements(root)
    .filter((el) => el.localName === 'a' && el.hasAttribute('href'))
    .map((a) => a.getAttribute('href')!);
}

/** Lets any injected image error, load handler or timer run before we look at the trap. */
export async function settle(ms = 60): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await new Promise((r) => setTimeout(r, ms));
}

export function trapValue(): unknown {
  return (window as unknown as Record<string, unknown>)[TRAP];
}

export function resetTrap(): void {
  delete (window as unknown as Record<string, unknown>)[TRAP];
}

/** Records console.warn calls (still printing none of them: hostile data warns a lot). */
export class WarnSpy {
  readonly calls: string[] = [];
  private original = console.warn;

  start(): this {
    this.calls.length = 0;
    console.warn = (...args: unknown[]) => {
      this.calls.push(args.map((a) => (typeof a === 'string' ? a : String(a))).join(' '));
    };
    return this;
  }

  stop(): void {
    console.warn = this.original;
  }

  /** How many warnings name `path` as the field they are about (`path:` or `path ` at a word boundary). */
  count(path: string): number {
    const re = new RegExp(`(^|[\\s:(])${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s:,;)]|$)`);
    return this.calls.filter((c) => re.test(c)).length;
  }
}

/** The keys `Object.prototype` has now; compare with a copy taken before the corpus ran. */
export function prototypeKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

/**
 * The frame of every hostile-data test: a fresh container of `width` on the page and a
 * warning spy for each test; afterwards, no injected code ran (checked after the page
 * settles: handlers of removed elements still run if they were ever parsed) and
 * Object.prototype is as clean as it was.
 */
export function hostileFixture(width: string): { readonly container: HTMLElement; readonly spy: WarnSpy } {
  const spy = new WarnSpy();
  const cleanPrototype = prototypeKeys();
  let container = document.createElement('div');
  beforeEach(() => {
    resetTrap();
    container = document.createElement('div');
    container.style.width = width;
    document.body.append(container);
    spy.start();
  });
  afterEach(async () => {
    spy.stop();
    await settle(150);
    expect(trapValue(), 'injected code ran').to.equal(undefined);
    container.remove();
    expect(({} as Record<string, unknown>)[PROTOTYPE_PROBE], 'Object.prototype polluted').to.equal(undefined);
    expect(prototypeKeys()).to.deep.equal(cleanPrototype);
  });
  return {
    get container() {
      return container;
    },
    spy,
  };
}
