import { AutaActingAs } from './acting-as.js';
import { AutaOnBehalfEntry } from './on-behalf-entry.js';

export { AutaActingAs, AutaOnBehalfEntry };

if (!customElements.get('auta-on-behalf-entry')) customElements.define('auta-on-behalf-entry', AutaOnBehalfEntry);
if (!customElements.get('auta-acting-as')) customElements.define('auta-acting-as', AutaActingAs);

declare global {
  interface HTMLElementTagNameMap {
    'auta-on-behalf-entry': AutaOnBehalfEntry;
    'auta-acting-as': AutaActingAs;
  }
}
