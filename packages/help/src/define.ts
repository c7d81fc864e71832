import { AutaHelp } from './help.js';
import { AutaServiceUnavailable } from './service-unavailable.js';

if (!customElements.get('auta-help')) customElements.define('auta-help', AutaHelp);
if (!customElements.get('auta-service-unavailable')) customElements.define('auta-service-unavailable', AutaServiceUnavailable);

declare global {
  interface HTMLElementTagNameMap {
    'auta-help': AutaHelp;
    'auta-service-unavailable': AutaServiceUnavailable;
  }
}

export { AutaHelp, AutaServiceUnavailable };
