/**
 * `@auta/ptv`: converts the Finnish Service Catalogue's (PTV) open API service channels to
 * the provider format of `@auta/provider-finder`, and a service with its channels to the
 * channels of `<auta-alt-channel-notice>`. Node only (reprojection uses proj4; fetching
 * uses Node's `fetch`).
 */
export {
  CHANNEL_TYPES,
  fromPtvServiceChannels,
  type ChannelTrace,
  type ChannelType,
  type LeftOutField,
  type PtvMappingOptions,
  type PtvResult,
  type PtvStats,
} from './map.js';
export type { PtvProblem } from './context.js';
export { readChannelList } from './input.js';
export { EPSG_3067, tm35finToWgs84 } from './reproject.js';
export { noticeChannelsFromPtv, type NoticeChannel, type NoticeOptions, type NoticeResult } from './notice.js';
export {
  DEFAULT_BASE_URL,
  PtvClient,
  PtvFetchError,
  fetchServiceChannels,
  fetchServiceWithChannels,
  type ChannelQuery,
  type FetchOptions,
} from './fetch.js';
