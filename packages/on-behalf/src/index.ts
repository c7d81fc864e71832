export {
  ACTING_AS,
  AutaOnBehalfEntry,
  type ActingAs,
  type MandateTheme,
  type OnBehalfEventDetail,
  type RoleWithoutMandate,
} from './on-behalf-entry.js';
export { onBehalfCatalog, type OnBehalfMessages } from './messages.js';
