// The root entry: what every element needs (the base class, language and messages, text
// picks, safe URLs, the shared styles and the design tokens as CSS). Everything else is a
// subpath entry that only the elements and tools that use it import, so that an element
// without hours or contact channels does not carry them (see docs/architecture.md):
//   @auta/core/hours.js     opening hours, dates and times in Finland
//   @auta/core/channels.js  contact-channel shapes and their validator
//   @auta/core/phone.js     Finnish phone numbers grouped as Finns write them
//   @auta/core/tokens.js    the token tables, their documentation and contrast checks
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
export { copyLoader, lookupMessage, plural, type Catalog, type CopyLoader, type LevelCatalog, type Message, type PluralForms, type MessageArgs, type MessageMap, type MessageOverrides } from './messages.js';
export { HEADING_TAGS, headingLevel, headingTag } from './headings.js';
export { memo } from './memo.js';
export { warner } from './warner.js';
export { pickText, type PickedText } from './localized.js';
export { pickedWithLang, textWithLang } from './text-with-lang.js';
export { ALLOWED_URL_SCHEMES, safeUrl } from './safe-url.js';
export { baseStyles } from './styles.js';
export { buttonStyles } from './button-styles.js';
export { tokenStyles } from './tokens.js';
export type { LocalizedText } from './types.js';
