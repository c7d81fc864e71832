// Imported first by a test file: its `afterEach` then runs before @open-wc/testing's fixture
// cleanup (hooks run in the order they were registered), while the test's DOM is still there.
import { HETU_PATTERN } from '../src/personal-data.js';

/** The page's text and attribute values, open shadow roots included; not what a test wrote on an element's own tag. */
function deepStrings(root: Document | ShadowRoot, out: string[] = []): string[] {
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'script' || el.localName === 'style') continue;
    // A test may feed an identity code to an element on purpose; what the element renders must have none.
    if (!el.localName.startsWith('auta-')) for (const attr of el.attributes) out.push(attr.value);
    for (const child of el.childNodes) if (child.nodeType === Node.TEXT_NODE) out.push((child as Text).data);
    if (el.shadowRoot) {
      for (const child of el.shadowRoot.childNodes) if (child.nodeType === Node.TEXT_NODE) out.push((child as Text).data);
      deepStrings(el.shadowRoot, out);
    }
  }
  return out;
}

afterEach(function () {
  const found = deepStrings(document).filter((s) => new RegExp(HETU_PATTERN.source).test(s));
  if (found.length) throw new Error(`a personal identity code reached the page in "${this.currentTest?.title}" (${found.length} place(s))`);
});
