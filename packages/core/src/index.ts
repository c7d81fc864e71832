export { AutaElement } from './auta-element.js';
export { AnnouncerController } from './announcer.js';
export {
  FALLBACK_LANG,
  LocaleController,
  SUPPORTED_LANGS,
  resolveLang,
  resolveLangTag,
  resolveLanguageLevel,
  toLanguageLevel,
  toSupportedLang,
  type Lang,
  type LanguageLevel,
} from './lang.js';
export { lookupMessage, plural, type Catalog, type LevelCatalog, type Message, type PluralForms, type MessageArgs, type MessageMap, type MessageOverrides } from './messages.js';
export { pickText, type PickedText } from './localized.js';
export { formatPhone, type FormattedPhone, type PhoneNumberKind } from './phone.js';
export { ALLOWED_URL_SCHEMES, safeUrl } from './safe-url.js';
export {
  addDays,
  describeStatus,
  describeWeek,
  formatDate,
  formatDayRange,
  formatIntervals,
  formatTime,
  helsinkiTime,
  hoursOn,
  openingStatus,
  parseTime,
  upcomingExceptions,
  weekdayName,
  type DayHours,
  type ExceptionLine,
  type HelsinkiTime,
  type Interval,
  type OpeningStatus,
  type WeekLine,
} from './hours.js';
export { baseStyles, buttonStyles } from './styles.js';
export {
  COLOR_TOKENS,
  CONTRAST_PAIRS,
  SIZE_TOKENS,
  checkThemeContrast,
  contrastRatio,
  darkTheme,
  lightTheme,
  tokenStyles,
  type ColorToken,
  type SizeToken,
  type Theme,
} from './tokens.js';
export { TOKEN_DESCRIPTIONS } from './token-docs.js';
export { WEEKDAYS, type LocalizedText, type OpeningHour, type ServiceHour, type Weekday } from './types.js';
export {
  AVAILABILITY_STATES,
  CONTACT_CHANNEL_KINDS,
  RELAYS,
  isText,
  joinPrefix,
  jsonAttribute,
  validList,
  validateAvailability,
  withAvailability,
  validateChannels,
  type ChannelAddress,
  type ChannelAvailability,
  type ContactChannel,
  type ContactChannelKind,
  type PhoneNumber,
  type Relay,
  type ResponseTime,
  type Text,
  type Warn,
} from './channels.js';
export { parseFinnishDateTime, type FinnishDateTime } from './finnish-time.js';
