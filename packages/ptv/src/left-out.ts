/**
 * Channel fields that are knowingly not carried into the finder's provider format, each
 * with the reason the problems report and the README give. A field here is neither
 * mapped nor a problem: it is listed in the report's `leftOut` with how often it came.
 */
export const LEFT_OUT: Readonly<Record<string, string>> = {
  sourceId: "the organisation's own identifier; the PTV id is the provider id",
  oid: 'another identifier of the same channel; the PTV id is the provider id',
  organizationId: 'the organisation that owns the channel; the provider format has no organisation field',
  organizationName: 'the organisation that owns the channel; the provider format has no organisation field',
  responsibleSoteOrganization: 'the responsible social and health organisation; not a finder field',
  services: 'the services that use the channel; `auta-ptv channels` reads the link from the service side',
  serviceChannelServices: 'the services that use the channel; `auta-ptv channels` reads the link from the service side',
  serviceCollections: 'service collections; not a finder field',
  isVisibleForAll: 'a PTV publication setting; only published channels are converted',
  ontologyTerms: 'PTV classification terms; the finder classifies by kind and form of support',
  accessibilityClassification: "the web accessibility of an e-service (WCAG level, statement); the finder's accessibility filters are about premises",
  accessibilityClassificationLevel: "the web accessibility of an e-service; the finder's accessibility filters are about premises",
  wcagLevel: "the web accessibility of an e-service; the finder's accessibility filters are about premises",
  accessibilityStatementWebPage: 'the accessibility statement of an e-service; not a finder field',
  accessibilityStatementWebPageName: 'the accessibility statement of an e-service; not a finder field',
  requiresAuthentication: 'how the e-service itself is used, not the help offered',
  requiresSignature: 'how the e-service itself is used, not the help offered',
  signatureQuantity: 'how the e-service itself is used, not the help offered',
  isOnlineAuthenticationRequired: 'how the e-service itself is used, not the help offered',
  isOnlineSignatureRequired: 'how the e-service itself is used, not the help offered',
  attachments: 'attached documents; the finder links web pages only',
  digitalAuthorizations: 'e-Authorizations mandate themes of an e-service; not a finder field',
  formIdentifier: 'a printable form (used by `auta-ptv channels` for the notice)',
  formReceiver: 'a printable form (used by `auta-ptv channels` for the notice)',
  deliveryAddress: 'a printable form (used by `auta-ptv channels` for the notice)',
  deliveryAddresses: 'a printable form (used by `auta-ptv channels` for the notice)',
  channelUrls: 'a printable form (used by `auta-ptv channels` for the notice)',
};

export const ALTERNATIVE_NAME = 'an alternative name; the finder shows the name PTV displays';
export const LONG_DESCRIPTION = 'the long description; the finder shows the summary';
