export { AutaAltChannelNotice, type HelpActionDetail, type NoticeVariant } from './alt-channel-notice.js';
export {
  CHANNEL_KINDS,
  RELAYS,
  joinPrefix,
  validateChannels,
  type AltChannel,
  type ChannelAddress,
  type ChannelKind,
  type PhoneNumber,
  type Relay,
  type Text,
} from './channels.js';
export { altChannelCatalog, type AltChannelMessages, type When } from './messages.js';
export { altChannelNoticeStyles } from './alt-channel-notice.styles.js';
