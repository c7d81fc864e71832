/**
 * `@auta/ptv`: converts the Finnish Service Catalogue's (PTV) open API service channels to
 * the provider format of `@auta/provider-finder`. Node only (reprojection uses proj4).
 */
export { fromPtvServiceChannels, type PtvMappingOptions, type PtvResult } from './map.js';
export { EPSG_3067, tm35finToWgs84 } from './reproject.js';
