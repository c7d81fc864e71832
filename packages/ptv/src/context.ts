import type { ProviderProblem } from '@auta/provider-finder/data.js';
import type { Ledger } from './json.js';

/**
 * A problem found while mapping PTV data. `code` names the kind of problem (the summary
 * counts kinds as code × path); `count` is set on problems aggregated over many channels
 * (an unknown field is reported once per path, with how many channels had it).
 */
export interface PtvProblem extends ProviderProblem {
  code: string;
  count?: number;
  /** Other fields the same problem covers (a point's longitude beside its latitude). */
  alsoPaths?: string[];
}

/** What a part of the mapping needs: the ledger of the channel and a way to report. */
export interface MapContext {
  ledger: Ledger;
  /** Reports a field problem (the field, or the list item, is left out unless the message says otherwise). */
  problem(path: string, code: string, message: string, alsoPaths?: string[]): void;
}
