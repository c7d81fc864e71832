import { AutaAccessibilityFeedback } from './accessibility-feedback.js';
import { AutaHelpFeedback } from './help-feedback.js';

export { AutaAccessibilityFeedback, AutaHelpFeedback };

if (!customElements.get('auta-help-feedback')) customElements.define('auta-help-feedback', AutaHelpFeedback);
if (!customElements.get('auta-accessibility-feedback')) customElements.define('auta-accessibility-feedback', AutaAccessibilityFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'auta-help-feedback': AutaHelpFeedback;
    'auta-accessibility-feedback': AutaAccessibilityFeedback;
  }
}
