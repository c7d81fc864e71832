/** Something wrong in provider data, found by `loadProviders`. */
export interface ProviderProblem {
  /** Position of the record in the input array; -1 for a problem with the whole input. */
  index: number;
  /** The record's id, when it had a usable one. */
  id?: string;
  /** Field path inside the record, e.g. `addresses[0].postalCode`; empty for the record itself. */
  path: string;
  message: string;
  /** `record`: the record was skipped; `field`: the field (or list item) was dropped, the record kept. */
  effect: 'record' | 'field';
}
