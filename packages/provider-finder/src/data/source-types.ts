import type { ProviderProblem } from './problems.js';
import type { ProviderQuery, ProviderResults } from './query.js';
import type { Provider } from './schema.js';

/** Why a source could not give an answer. */
export type ProviderLoadErrorKind = 'http' | 'network' | 'timeout' | 'invalid-json' | 'invalid-data' | 'aborted';

/**
 * A failed load or query, with a `kind` the UI can word for people ("the service did not
 * answer" for `timeout`, "try again" for `network` …). `aborted` means a newer request
 * took this one's place: not an error to show.
 */
export class ProviderLoadError extends Error {
  override name = 'ProviderLoadError';
  readonly kind: ProviderLoadErrorKind;
  /** HTTP status, for `http`. */
  readonly status: number | undefined;
  readonly url: string | undefined;
  /** What was wrong with the data, for `invalid-data`. */
  readonly problems: readonly ProviderProblem[];

  constructor(
    kind: ProviderLoadErrorKind,
    message: string,
    details: { status?: number; url?: string; problems?: readonly ProviderProblem[]; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.status = details.status;
    this.url = details.url;
    this.problems = details.problems ?? [];
  }
}

export const isAbortError = (error: unknown): boolean => error instanceof ProviderLoadError && error.kind === 'aborted';

export type SourceStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface SearchOptions {
  /** Cancels this query; the promise rejects with a `ProviderLoadError` of kind `aborted`. */
  signal?: AbortSignal;
}

/**
 * Where the finder's providers come from. The finder calls `search` for every change of
 * text, filter, sort or page, and shows the newest answer only.
 *
 * Contract: a source never resolves an answer to a query older than the newest one it
 * was asked (an older query still pending when a newer one starts rejects with kind
 * `aborted`); failures reject with `ProviderLoadError`.
 */
export interface ProviderSource {
  search(query: ProviderQuery, options?: SearchOptions): Promise<ProviderResults>;
  /** One provider by id, for a link to a single result. */
  get?(id: string, options?: SearchOptions): Promise<Provider | undefined>;
  /** For sources that load data first: `idle` until asked, then `loading`, `ready` or `error`. */
  readonly status?: SourceStatus;
  /** The last failure, while `status` is `error`. */
  readonly error?: ProviderLoadError | undefined;
  /** Records skipped or fields dropped while loading (see `loadProviders`). */
  readonly problems?: readonly ProviderProblem[];
  /** Loads (again, after an error: the retry), aborting a load still running. */
  load?(options?: SearchOptions): Promise<void>;
  /**
   * How long a UI waits after a keystroke before calling `search`, in milliseconds: `0` for
   * a source that answers at once (data held in the page). Unset: the UI's own pause
   * (the finder's is 150 ms), so a source behind a network gets one query per pause.
   */
  readonly searchDelay?: number | undefined;
}
