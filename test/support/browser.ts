/**
 * Browser-test set-up every package's tests share: the accessibility-tree walk, the three
 * languages, links that stay on the test page, console warnings, and the themes and widths
 * every state is scanned in. Each package keeps only its own fixtures and queries beside its
 * tests; what is the same for every element lives here once.
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, setViewport } from '@web/test-runner-commands';

/** A node of the accessibility tree, as Chromium's snapshot gives it. */
export type AXNode = {
  role: string;
  name: string;
  description?: string;
  checked?: boolean | 'mixed';
  expanded?: boolean;
  focused?: boolean;
  invalid?: string;
  level?: number;
  children?: AXNode[];
};

export const LANGS = ['fi', 'sv', 'en'] as const;

/** The page's accessibility tree as Chromium exposes it to screen readers. */
export const snapshot = async (): Promise<AXNode> => (await a11ySnapshot({})) as unknown as AXNode;

export function findAll(node: AXNode | undefined, match: (n: AXNode) => boolean, out: AXNode[] = []): AXNode[] {
  if (!node) return out;
  if (match(node)) out.push(node);
  node.children?.forEach((c) => findAll(c, match, out));
  return out;
}

/** Links must not navigate away from the test page (tel:, mailto:, https://example.com). */
export function keepLinksOnPage(): void {
  const stopNavigation = (e: Event) => e.preventDefault();
  before(() => document.addEventListener('click', stopNavigation));
  after(() => document.removeEventListener('click', stopNavigation));
}

/** One axe test per state and language. */
export function itIsAccessibleIn<S extends string>(states: readonly S[], render: (state: S, lang: string) => Promise<HTMLElement>): void {
  for (const state of states) {
    for (const lang of LANGS) {
      it(`is accessible: ${state}, ${lang}`, async () => {
        await expect(await render(state, lang)).to.be.accessible();
      });
    }
  }
}

/** Runs `body` with forced colours on (through CDP), and turns them off again. */
export async function inForcedColours(body: () => Promise<void>): Promise<void> {
  await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
  try {
    await body();
  } finally {
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'none' }]);
  }
}

/** Runs `body` on a dark page: the scheme and the page's own dark background. */
export async function inDarkScheme(body: () => Promise<void>): Promise<void> {
  const root = document.documentElement.style;
  root.colorScheme = 'dark';
  root.background = '#15181c';
  try {
    await body();
  } finally {
    root.colorScheme = '';
    root.background = '';
  }
}

/** Runs `body` at 320 px wide (WCAG 1.4.10) and checks nothing is wider than the viewport. */
export async function atNarrowWidth(body: () => Promise<void>): Promise<void> {
  await setViewport({ width: 320, height: 640 });
  try {
    await body();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
}

/** Runs `body` with console.warn captured; returns the warnings. */
export async function captureWarnings(body: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

type Axe = {
  setup(root: globalThis.Node): unknown;
  teardown(): void;
  utils: { getNodeFromTree(node: globalThis.Node): unknown };
  commons: { aria: { getRole(v: unknown): string }; text: { accessibleTextVirtual(v: unknown): string } };
};

/** Role and accessible name as axe computes them; axe is on the page after the first `accessible()` check. */
export function axeRoleAndName(el: Element): { role: string; name: string } {
  const axe = (window as unknown as { axe: Axe }).axe;
  axe.setup(document);
  try {
    const v = axe.utils.getNodeFromTree(el);
    return { role: axe.commons.aria.getRole(v), name: axe.commons.text.accessibleTextVirtual(v) };
  } finally {
    axe.teardown();
  }
}
