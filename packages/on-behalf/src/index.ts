export { AutaOnBehalfEntry, type RoleWithoutMandate } from './on-behalf-entry.js';
export { ACTING_AS, type ActingAs, type OnBehalfEventDetail } from './shared.js';
export type { MandateTheme } from './mandate-themes.js';
export { mandateThemesFromPtv, type PtvDigitalAuthorization } from './mandate-themes-ptv.js';
export { loadOnBehalfEasy, onBehalfCatalog, type OnBehalfMessages } from './messages.js';
export { ACTING_AS_BASES, AutaActingAs, type ActingAsBasis, type ActingAsSwitchDetail } from './acting-as.js';
export { actingAsCatalog, type ActingAsMessages } from './acting-as.messages.js';
export { HETU_PATTERN, hasIdentityCode } from './personal-data.js';
