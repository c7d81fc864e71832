import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { fromSnapshot, lineDiff, toSnapshot } from './diff.js';
import { LiveRecorder } from './live.js';

/** One node of Chromium's accessibility tree, as test/screen-reader/plugin.mjs sends it. */
export interface AXNode {
  id: string;
  ignored: boolean;
  role: string;
  name: string;
  description: string;
  value: string | number;
  props: Record<string, unknown>;
  childIds: string[];
  backendId?: number;
}

interface Tree {
  root: AXNode;
  byId: Map<string, AXNode>;
  parent: Map<string, string>;
}

/** Roles read as one phrase (their name), without reading their content again. */
const LEAVES = new Set(['link', 'button', 'DisclosureTriangle', 'heading', 'radio', 'checkbox', 'textbox', 'searchbox', 'combobox', 'option', 'img', 'image', 'switch', 'menuitem', 'tab', 'slider', 'spinbutton']);
/** Containers a screen reader announces when entering and leaving them (named ones only, except these). */
const CONTAINERS = new Set(['group', 'radiogroup', 'region', 'search', 'navigation', 'form', 'list', 'dialog', 'alert', 'status', 'log', 'complementary', 'main', 'article', 'table', 'figure']);
const ALWAYS_ANNOUNCED = new Set(['search', 'navigation', 'list', 'main', 'table']);
/** Chromium's internal role names → the words screen readers use. */
const SPOKEN: Record<string, string> = { DisclosureTriangle: 'button', image: 'img', searchbox: 'search edit', textbox: 'edit', radiogroup: 'radio group' };

const clean = (s: unknown) => String(s ?? '').replace(/\s+/g, ' ').trim();

async function fetchTree(el: Element): Promise<Tree> {
  const token = Math.random().toString(36).slice(2);
  el.setAttribute('data-sr-root', token);
  try {
    const { rootBackendId, nodes } = (await executeServerCommand('sr-ax-tree', { selector: `[data-sr-root="${token}"]` })) as { rootBackendId: number; nodes: AXNode[] };
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const parent = new Map<string, string>();
    for (const n of nodes) for (const c of n.childIds) parent.set(c, n.id);
    const root = nodes.find((n) => n.backendId === rootBackendId);
    if (!root) throw new Error('the element is not in the accessibility tree (hidden?)');
    return { root, byId, parent };
  } finally {
    el.removeAttribute('data-sr-root');
  }
}

/** The states a screen reader speaks after the name, in a fixed order. */
function states(n: AXNode): string[] {
  const p = n.props;
  const out: string[] = [];
  if (n.role === 'heading' && p.level !== undefined) out.unshift(`level ${p.level}`);
  if (p.checked !== undefined) out.push(p.checked === 'true' ? 'checked' : p.checked === 'mixed' ? 'half checked' : 'not checked');
  if (p.pressed !== undefined) out.push(p.pressed === 'true' ? 'pressed' : 'not pressed');
  if (p.expanded !== undefined) out.push(p.expanded ? 'expanded' : 'collapsed');
  if (p.invalid !== undefined && p.invalid !== 'false') out.push('invalid entry');
  if (p.required) out.push('required');
  if (p.disabled) out.push('unavailable');
  if (p.busy) out.push('busy');
  return out;
}

/** What a screen reader says for one node on reaching it: role, level, name, value, states, description. */
export function phrase(n: AXNode, tree?: Tree): string {
  const role = SPOKEN[n.role] ?? n.role;
  const parts = [role];
  const st = states(n);
  if (n.role === 'heading') parts.push(...st.splice(0, 1));
  if (n.role === 'list' && tree) { const k = n.childIds.filter((c) => tree.byId.get(c)?.role === 'listitem').length; parts.push(`${k} ${k === 1 ? 'item' : 'items'}`); }
  if (clean(n.name)) parts.push(clean(n.name));
  if (['combobox', 'textbox', 'searchbox', 'spinbutton'].includes(n.role) && clean(n.value)) parts.push(clean(n.value));
  if (['status', 'alert', 'log'].includes(n.role) && typeof n.props.live === 'string') parts.push(n.props.live);
  parts.push(...st);
  if (clean(n.description)) parts.push(clean(n.description));
  return parts.join(', ');
}

const hasText = (n: AXNode, tree: Tree): boolean =>
  (n.role === 'StaticText' && clean(n.name) !== '') || n.childIds.some((c) => hasText(tree.byId.get(c)!, tree));

const announcedContainer = (n: AXNode, tree: Tree) =>
  !n.ignored && CONTAINERS.has(n.role) && (ALWAYS_ANNOUNCED.has(n.role) || clean(n.name) !== '' || (['status', 'alert', 'log'].includes(n.role) && hasText(n, tree)));

/** Reads everything under `node` in order, as browse mode's "say all" does: one phrase a line. */
function walk(n: AXNode, tree: Tree, out: string[]): void {
  const children = () => n.childIds.forEach((c) => walk(tree.byId.get(c)!, tree, out));
  if (n.ignored) return children();
  if (n.role === 'StaticText') {
    if (clean(n.name)) out.push(clean(n.name));
    return;
  }
  if (n.role === 'InlineTextBox') return;
  if (LEAVES.has(n.role)) {
    out.push(phrase(n, tree));
    return;
  }
  if (announcedContainer(n, tree)) {
    out.push(phrase(n, tree));
    children();
    out.push(`end of ${SPOKEN[n.role] ?? n.role}`);
    return;
  }
  if (['status', 'alert', 'log'].includes(n.role) && !hasText(n, tree)) return;
  children();
}

/** The element read top to bottom. */
export async function readAll(el: Element): Promise<string[]> {
  const tree = await fetchTree(el);
  const out: string[] = [];
  walk(tree.root, tree, out);
  return out;
}

/**
 * A virtual screen reader over Chromium's accessibility tree: it reads, follows focus as
 * real key presses move it, and hears live regions (test/screen-reader/live.ts). Every
 * step goes into one ordered log that the test compares with a snapshot file.
 */
export class VirtualReader {
  readonly log: string[] = [];
  private readonly live = new LiveRecorder();
  private lastChain: string[] = [];
  private lastFocus: number | undefined;

  /** Listens from now on; `el` may come later (`attach`), to hear what its first load says. */
  constructor(private el: Element = document.body) {
    this.live.start();
  }

  attach(el: Element): void {
    this.el = el;
  }

  stop(): void {
    this.live.stop();
  }

  /** The live announcements since the last step, as "[polite] text" / "[assertive] text". */
  announcements(): string[] {
    return this.live.take();
  }

  private async settle(ms: number): Promise<void> {
    await new Promise((r) => setTimeout(r, ms));
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    const lit = this.el as Element & { updateComplete?: Promise<unknown> };
    await lit.updateComplete;
  }

  /** Focus phrases: the containers entered since the last focus, then the focused control. */
  async focusPhrases(): Promise<string[]> {
    const tree = await fetchTree(this.el);
    // The document itself reports focus too; the focused element is the other node.
    const focused = [...tree.byId.values()].find((n) => n.props.focused === true && !n.ignored && n.role !== 'RootWebArea');
    if (!focused) {
      this.lastChain = [];
      this.lastFocus = undefined;
      return ['focus: nothing in the element'];
    }
    this.lastFocus = focused.backendId;
    const chain: AXNode[] = [];
    for (let id: string | undefined = focused.id; id; id = tree.parent.get(id)) {
      chain.unshift(tree.byId.get(id)!);
      if (id === tree.root.id) break;
    }
    if (chain[0]?.id !== tree.root.id) {
      this.lastChain = [];
      this.lastFocus = undefined;
      return [`focus outside the element: ${phrase(focused, tree)}`];
    }
    const containers = chain.slice(0, -1).filter((n) => announcedContainer(n, tree));
    const entered = containers.filter((c) => !this.lastChain.includes(c.id));
    this.lastChain = containers.map((c) => c.id);
    return [...entered.map((c) => `focus in: ${phrase(c, tree)}`), `focus: ${phrase(focused, tree)}`];
  }

  /** "Say all" from the top of the element. */
  async readAll(label = 'read from the top'): Promise<void> {
    this.log.push(`> ${label}`, ...(await readAll(this.el)), ...this.announcements());
  }

  /** "Say all" over one part (a card inside the finder, say). */
  async readPart(part: Element, label: string): Promise<void> {
    this.log.push(`> ${label}`, ...(await readAll(part)), ...this.announcements());
  }

  /** A real key press; then where focus is and what was announced. */
  async press(key: string, wait = 50): Promise<void> {
    await sendKeys({ press: key });
    await this.after(`press ${key}`, wait);
  }

  /**
   * Tab until focus leaves the element (or `max` presses): the element's tab order as
   * heard. Returns how many stops were inside.
   */
  async tabThrough(max = 30): Promise<number> {
    // Headless Chromium sometimes wraps from the last stop to the first (or to where focus
    // was before): reaching a stop already heard is leaving, too.
    const seen = new Set<number | undefined>([this.lastFocus]);
    for (let i = 0; i < max; i++) {
      await sendKeys({ press: 'Tab' });
      await this.settle(30);
      const heard = await this.focusPhrases();
      const wrapped = this.lastFocus !== undefined && seen.has(this.lastFocus);
      seen.add(this.lastFocus);
      if (wrapped || heard[0]?.startsWith('focus outside') || heard[0] === 'focus: nothing in the element') {
        this.log.push('> press Tab', 'focus left the element');
        return i;
      }
      this.log.push('> press Tab', ...heard, ...this.announcements());
    }
    return max;
  }

  /**
   * Tab until the deepest focused element matches `selector` (inside the element's shadow
   * roots too), logging every stop. Selectors, not copy, so a change of wording cannot
   * send the journey elsewhere.
   */
  async tabTo(selector: string, max = 80): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.press('Tab', 30);
      if (deepActive()?.matches(selector)) return;
    }
    throw new Error(`Tab never reached ${selector}; the log so far:\n${this.log.join('\n')}`);
  }

  /**
   * Real typing, key by key. What is heard is taken as soon as the keys are in: a region
   * that speaks per keystroke is caught, and a count announced once typing pauses is not
   * (it belongs to the following `pause`).
   */
  async type(text: string, wait = 0): Promise<void> {
    await sendKeys({ type: text });
    await this.after(`type "${text}"`, wait, false);
  }

  /** Waits (as a person pausing) and logs what was announced meanwhile. */
  async pause(ms: number): Promise<void> {
    await this.settle(ms);
    this.log.push(`> pause ${ms} ms`, ...this.announcements());
  }

  /** Anything else a person or the page does (a denied location prompt, a click). */
  async act(label: string, fn: () => unknown, wait = 50): Promise<void> {
    await fn();
    await this.after(label, wait);
  }

  private async after(label: string, wait: number, withFocus = true): Promise<void> {
    await this.settle(wait);
    // Taken before reading the tree, which can take a while on a busy machine: what is
    // announced later belongs to the next step, whatever the machine's speed.
    const heard = this.announcements();
    this.log.push(`> ${label}`, ...(withFocus ? await this.focusPhrases() : []), ...heard);
  }

  /** Reads the element read from the focused control onwards: for "what follows the focus" checks. */
  note(line: string): void {
    this.log.push(`# ${line}`);
  }
}

/** The focused element, through shadow roots. */
export function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

export class PhraseLogMismatch extends Error {}

/**
 * Compares a phrase log with test/screen-reader/snapshots/<name>.txt and throws a readable
 * line diff when they differ. `UPDATE_SR=1` writes the file instead (review `git diff`).
 * `readonly` never writes: for the harness's own broken fixtures.
 */
export async function expectPhrases(name: string, log: readonly string[], { readonly = false } = {}): Promise<void> {
  const text = toSnapshot(log);
  const { expected } = (await executeServerCommand('sr-snapshot', { name, text: readonly ? undefined : text, readonly })) as { expected: string | null };
  if (expected === null) {
    throw new PhraseLogMismatch(`No snapshot test/screen-reader/snapshots/${name}.txt. Write it with UPDATE_SR=1 and review it. The live log:\n${text}`);
  }
  if (expected !== text) {
    throw new PhraseLogMismatch(
      `The phrase log differs from test/screen-reader/snapshots/${name}.txt ("- " snapshot, "+ " now; UPDATE_SR=1 rewrites it after review):\n${lineDiff(fromSnapshot(expected), fromSnapshot(text))}`,
    );
  }
}
