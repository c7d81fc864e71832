// Runs in the browser. Hydration support must load before Lit defines any element, so it
// is the first import; then the elements take over the server-rendered shadow roots.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@auta/elements';

const LABELS = { self: 'omasta puolestasi', person: 'toisen henkilön puolesta', organisation: 'yrityksen tai yhteisön puolesta' };

document.addEventListener('auta-on-behalf-change', (event) => {
  document.getElementById('status').textContent = `Asioit ${LABELS[event.detail.actingAs] ?? ''}.`;
});
