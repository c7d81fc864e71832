// @auta/core/channels.js: the contact-channel shapes (phone, chat, forms, service desks,
// mail, digital support) shared by the notice and the help elements, with their one
// validator and the small data helpers it is built from.
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
} from '../channels.js';
