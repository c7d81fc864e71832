import { AutaProviderCard } from './provider-card.js';
import { AutaProviderFinder } from './provider-finder.js';

export { AutaProviderCard, AutaProviderFinder };

if (!customElements.get('auta-provider-card')) customElements.define('auta-provider-card', AutaProviderCard);
if (!customElements.get('auta-provider-finder')) customElements.define('auta-provider-finder', AutaProviderFinder);

declare global {
  interface HTMLElementTagNameMap {
    'auta-provider-card': AutaProviderCard;
    'auta-provider-finder': AutaProviderFinder;
  }
}
