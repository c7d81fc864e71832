// The page's own script: the elements tell what the user did through `auta-*` events.
// A separate file rather than an inline script, so the page works under a strict
// Content-Security-Policy (script-src 'self').
const LABELS = { self: 'omasta puolestasi', person: 'toisen henkilön puolesta', organisation: 'yrityksen tai yhteisön puolesta' };

document.addEventListener('auta-on-behalf-change', (event) => {
  document.getElementById('status').textContent = `Asioit ${LABELS[event.detail.actingAs] ?? ''}.`;
});
