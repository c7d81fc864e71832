import { AutaAltChannelNotice, type HelpActionDetail } from './alt-channel-notice.js';

if (!customElements.get('auta-alt-channel-notice')) customElements.define('auta-alt-channel-notice', AutaAltChannelNotice);

declare global {
  interface HTMLElementTagNameMap {
    'auta-alt-channel-notice': AutaAltChannelNotice;
  }
  interface HTMLElementEventMap {
    'auta-help-action': CustomEvent<HelpActionDetail>;
  }
}

export { AutaAltChannelNotice };
