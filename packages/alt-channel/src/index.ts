export { AutaAltChannelNotice, type HelpActionDetail, type NoticeVariant } from './alt-channel-notice.js';
export { CHANNEL_KINDS, validateChannels, type AltChannel, type ChannelKind } from './channels.js';
// The data shapes live in @auta/core, shared with the help block; re-exported for hosts that import them from here.
export { RELAYS, joinPrefix, type ChannelAddress, type ChannelAvailability, type PhoneNumber, type Relay, type ResponseTime, type Text } from '@auta/core/channels.js';
export { altChannelCatalog, loadAltChannelCopy, loadAltChannelEasy, loadAltChannelLanguage, type AltChannelMessages, type When } from './messages.js';
export { channelParts, type ChannelMessages, type ChannelPartsHost } from './channel-parts.js';
export { altChannelNoticeStyles } from './alt-channel-notice.styles.js';
export { channelPartStyles } from './channel-parts.styles.js';
