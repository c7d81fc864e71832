export { AutaHelp, type HelpBlockActionDetail } from './help.js';
export { AutaServiceUnavailable, isOpenNow, orderOpenFirst } from './service-unavailable.js';
export {
  CUSTOMER_SERVICE_KINDS,
  HELP_MECHANISMS,
  SELF_HELP_KINDS,
  validateCustomerService,
  validateNearestSupport,
  validateSelfHelp,
  type CustomerServiceChannel,
  type CustomerServiceKind,
  type HelpMechanism,
  type NearestSupport,
  type SelfHelpKind,
  type SelfHelpLink,
} from './mechanisms.js';
export { loadHelpEasy } from './easy.js';
export { helpCatalog, type HelpMessages, type HelpOwnMessages } from './messages.js';
export { unavailableCatalog, type UnavailableMessages, type UnavailableOwnMessages, type UnavailableReason } from './service-unavailable-messages.js';
export { helpStyles } from './help.styles.js';
export { serviceUnavailableStyles } from './service-unavailable.styles.js';
