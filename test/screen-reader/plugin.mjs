// @ts-check
// Server side of the spoken-phrase tests (test/screen-reader/). Two commands:
//   sr-ax-tree  { selector }        Chromium's own accessibility tree under the element that
//                                   matches `selector` (CDP Accessibility.getFullAXTree). This is
//                                   the tree NVDA, JAWS, Orca and VoiceOver read from the browser:
//                                   shadow roots are already flattened, slots resolved, names and
//                                   descriptions computed by the engine.
//   sr-snapshot { name, text, readonly }
//                                   Reads test/screen-reader/snapshots/<name>.txt, or writes it
//                                   when UPDATE_SR=1 is set (never when `readonly`: the harness's
//                                   broken fixtures). Returns { expected, updated }.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SNAPSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'snapshots');
const NAME = /^[a-z0-9][a-z0-9.-]*$/;

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function screenReaderPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'auta-screen-reader',
    async executeCommand({ command, payload, session }) {
      if (command === 'sr-snapshot') {
        const { name, text, readonly } = /** @type {{ name: string, text?: string, readonly?: boolean }} */ (payload);
        if (!NAME.test(name)) throw new Error(`snapshot name "${name}" must be lower-case letters, digits, dots and dashes`);
        const file = join(SNAPSHOTS, `${name}.txt`);
        if (process.env.UPDATE_SR === '1' && !readonly && typeof text === 'string') {
          mkdirSync(SNAPSHOTS, { recursive: true });
          const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
          if (before !== text) writeFileSync(file, text);
          return { expected: text, updated: before !== text };
        }
        return { expected: existsSync(file) ? readFileSync(file, 'utf8') : null, updated: false };
      }
      if (command !== 'sr-ax-tree') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('sr-ax-tree needs the chrome launcher');
      const page = /** @type {any} */ (session.browser).getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        await cdp.send('Accessibility.enable');
        await cdp.send('DOM.enable');
        sessions.set(page, cdp);
      }
      const { selector } = /** @type {{ selector: string }} */ (payload);
      // Found through this CDP session: object ids are per session.
      // The element may sit in a shadow root (a card inside the finder): search them all.
      const expression = `(function find(root, sel) {
        const hit = root.querySelector(sel);
        if (hit) return hit;
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const deep = find(el.shadowRoot, sel); if (deep) return deep; }
        return null;
      })(document, ${JSON.stringify(selector)})`;
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      if (!result.objectId) throw new Error(`sr-ax-tree: nothing matches ${selector}`);
      const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
      await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
      const { nodes } = await cdp.send('Accessibility.getFullAXTree', {});
      return { rootBackendId: node.backendNodeId, nodes: nodes.map(slim) };
    },
  };
}

/** Only what the phrase builder reads, to keep the message to the page small. */
function slim(/** @type {any} */ n) {
  const props = Object.fromEntries((n.properties ?? []).map((/** @type {any} */ p) => [p.name, p.value?.value]));
  return {
    id: n.nodeId,
    ignored: Boolean(n.ignored),
    role: n.role?.value ?? '',
    name: n.name?.value ?? '',
    description: n.description?.value ?? '',
    value: n.value?.value ?? '',
    props,
    childIds: n.childIds ?? [],
    backendId: n.backendDOMNodeId,
  };
}
