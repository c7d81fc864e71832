import { AutaOnBehalfEntry } from './on-behalf-entry.js';

export { AutaOnBehalfEntry };

if (!customElements.get('auta-on-behalf-entry')) customElements.define('auta-on-behalf-entry', AutaOnBehalfEntry);

declare global {
  interface HTMLElementTagNameMap {
    'auta-on-behalf-entry': AutaOnBehalfEntry;
  }
}
