/**
 * What `<auta-provider-finder>` does, apart from how it looks: the source and its loading, the requests (only the newest
 * answer counts, decided here and nowhere else in the UI), the timers of typing, announcing and "updating…", the page URL,
 * the location, and focus after an action. The element renders the controller's fields; its state's shape and pure
 * functions are in `provider-finder.state.ts`.
 */
import type { AnnouncerController } from '@auta/core';
import { isServer, type PropertyValues, type ReactiveController } from 'lit';
import { isAbortError, ProviderLoadError, type ProviderFacets, type ProviderHit, type ProviderSort, type ProviderSource, type SupportForm } from './data/index.js';
import { sortFor } from './data/query.js';
import { currentPosition, LocationError, type Point } from './geolocation.js';
import type { LocationProblem } from './messages.js';
import type { AutaProviderCard } from './provider-card.js';
import { chooseSource, countSkipped, problemOf, queryFor, sampleSource, searchDetail, type FinderHost, type FinderSnapshot, type Say, type SearchEventDetail, type Trigger } from './provider-finder.state.js';
import { emptyState, sameState, stateFromParams, stateInUrl, urlWithState, withPresets, type FinderState } from './url-state.js';

const REMOTE_FORMS: SupportForm[] = ['phone', 'chat', 'video'];
/** The element's properties that preset the search state; with these, the ones that search again. */
const PRESETS = ['municipality', 'region', 'supportForms', 'languages'];
const REFILTER = [...PRESETS, 'includeNationwide', 'pageSize'];

// Milliseconds: the pause after a keystroke for a source that does not say (one request per pause); after the last
// keystroke, and after a filter change (one deliberate act), before the count is announced and `auta-search` sent; a
// search slower than SLOW shows "Updating the results…".
const TYPING_DELAY = 150, SETTLE_TEXT = 700, SETTLE_FILTER = 300, SLOW = 400;

export class FinderController implements ReactiveController, FinderSnapshot {
  // What the element renders (see `FinderSnapshot`); every change requests an update.
  view: FinderState = emptyState();
  items: ProviderHit[] = [];
  total = 0;
  facets?: ProviderFacets;
  phase: FinderSnapshot['phase'] = 'loading';
  problem?: FinderSnapshot['problem'];
  busy = false;
  slow = false;
  near?: Point;
  locating = false;
  locationProblem?: LocationProblem;
  remote: ProviderHit[] = [];
  skipped = 0;
  usingSample = false;
  searchedFor?: string;

  #active?: ProviderSource;
  #sourceGeneration = 0;
  /** The newest request: its signal aborts it, and only its answer may be shown. */
  #request?: AbortController;
  #page = 1;
  #textTimer?: ReturnType<typeof setTimeout>;
  #settleTimer?: ReturnType<typeof setTimeout>;
  /** The settle waiting for its pause; `say` false leaves the count unsaid. */
  #settling?: (say?: boolean) => void;
  #slowTimer?: ReturnType<typeof setTimeout>;
  #presetsApplied = false;
  #searchedLang?: string;

  /** The element, its live region, its message lookup, and what it does when a search settles (sends `auta-search`). */
  constructor(private readonly host: FinderHost, private readonly announcer: AnnouncerController, readonly msg: Say, private readonly settled: (detail: SearchEventDetail) => void) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.syncUrl) window.addEventListener('popstate', this.#onPopState);
    // Reconnected after a move in the DOM: pick up where it was.
    if (this.host.hasUpdated && !this.#active) void this.#connectSource();
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
    this.#request?.abort();
    clearTimeout(this.#textTimer); clearTimeout(this.#settleTimer); clearTimeout(this.#slowTimer);
    this.#active = undefined;
    this.#sourceGeneration++;
  }

  /** Called from the element's `willUpdate`: the state set here lands in the same render. */
  willUpdate(changed: PropertyValues): void {
    const host = this.host;
    if (!this.#presetsApplied || PRESETS.some((k) => changed.has(k))) {
      // With `sync-url`, a shared link's own state wins over the presets on load.
      const shared = !this.#presetsApplied && host.syncUrl && !isServer ? stateInUrl(location.search) : undefined;
      this.view = shared ?? withPresets(this.view, host);
      this.#presetsApplied = true;
    }
    if (isServer) return;
    if (changed.has('syncUrl') && host.isConnected) {
      window.removeEventListener('popstate', this.#onPopState);
      if (host.syncUrl) window.addEventListener('popstate', this.#onPopState);
    }
    const first = !host.hasUpdated && !this.#active;
    if (first || changed.has('source') || changed.has('providers') || changed.has('src')) {
      void this.#connectSource();
      return;
    }
    if (!this.#active) return;
    if (REFILTER.some((k) => changed.has(k)) || (changed.has('now') && this.view.openNow) || this.#searchedLang !== host.resolvedLang) void this.#search('filter');
  }

  /** The order in use: the person's choice while it can be kept, else the default. */
  get sort(): ProviderSort {
    const { view, near } = this;
    return sortFor(view.sort || (near ? 'distance' : ''), view.text, near !== undefined);
  }

  /** After a change of what is shown. */
  #changed(): void {
    this.host.requestUpdate();
  }

  /* ---------- the source ---------- */

  /** Picks the source (source > providers > src > the built-in sample), loads it and searches. */
  async #connectSource(): Promise<void> {
    const generation = ++this.#sourceGeneration;
    const host = this.host;
    this.#request?.abort();
    this.#active = undefined;
    this.phase = 'loading';
    this.problem = undefined;
    this.usingSample = false;
    this.#changed();
    let source: ProviderSource | undefined;
    try {
      // Without a source, the sample is imported: the only await before a search starts.
      source = chooseSource(host);
      if (!source) {
        source = await sampleSource();
        if (generation !== this.#sourceGeneration) return;
        this.usingSample = true;
      }
    } catch (error) {
      if (generation !== this.#sourceGeneration) return;
      this.#fail(error, false);
      return;
    }
    this.#active = source;
    if (source.load && source.status !== 'ready') {
      this.announcer.announce(this.msg('loading'), 0);
      try {
        await source.load();
      } catch (error) {
        if (generation !== this.#sourceGeneration || isAbortError(error)) return;
        this.#fail(error, false);
        return;
      }
      if (generation !== this.#sourceGeneration) return;
    }
    void this.#search('load');
  }

  #fail(error: unknown, afterAction: boolean): void {
    if (!(error instanceof ProviderLoadError)) console.warn('[auta] auta-provider-finder:', error);
    const kind = problemOf(error);
    // An alert interrupts whatever the screen reader is saying: right when the person has just asked
    // for something and is waiting; wrong on page load, while they are still reading (told politely then).
    this.phase = 'error';
    this.busy = false;
    this.slow = false;
    this.problem = { kind, alert: afterAction };
    this.#changed();
    this.announcer.cancel();
    if (!afterAction) this.announcer.announce(`${this.msg('errorHeading')}. ${this.msg('loadProblem', kind)}`, 0);
  }

  /** Loads again after an error (or searches again); focus then moves to the result count. */
  async retry(): Promise<void> {
    const source = this.#active;
    this.problem = undefined;
    this.phase = 'loading';
    this.#changed();
    if (!source) {
      await this.#connectSource();
    } else {
      if (source.load && source.status === 'error') {
        try {
          await source.load();
        } catch (error) {
          if (!isAbortError(error)) this.#fail(error, true);
          return;
        }
      }
      await this.#search('retry');
    }
    // The retry button is gone: focus moves to the result count the person asked for.
    if ((this.phase as string) === 'ready') await this.#focusCount();
  }

  /** Searches again (the retry button does the same). */
  refresh(): Promise<void> {
    return this.phase === 'error' ? this.retry() : this.#search('submit');
  }

  async #focusCount(): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#count')?.focus();
  }

  /* ---------- requests ---------- */

  /** Starts a request: the one before is aborted, and from now on only this one may be shown. */
  #begin(): AbortController {
    this.#request?.abort();
    return (this.#request = new AbortController());
  }

  /** Whether `request` is still the newest: an older answer is dropped even if its source ignored the abort. */
  #isNewest(request: AbortController): boolean {
    return request === this.#request;
  }

  /**
   * Asks for the next page; focus then moves to the first new result. Not while a search is on its way (the button
   * says so, `aria-disabled`): the list shown is about to be replaced, and its "more" would be the new query's page 2.
   */
  async showMore(): Promise<void> {
    if (!this.busy) await this.#search('filter', true);
  }

  /** Runs the query for the current state (with `append`, its next page); only the newest answer is shown. */
  async #search(trigger: Trigger, append = false): Promise<void> {
    const source = this.#active;
    if (!source) return;
    const request = this.#begin();
    clearTimeout(this.#textTimer); clearTimeout(this.#settleTimer);
    // "Show more" before the count was said: the count is dropped (said later, it would be said over the new one); its URL and `auta-search` go out now.
    if (append) this.#settling?.(false);
    this.#settling = undefined;
    this.#searchedLang = this.host.resolvedLang;
    this.busy = true;
    this.#changed();
    clearTimeout(this.#slowTimer);
    this.#slowTimer = setTimeout(() => {
      if (!this.#isNewest(request) || !this.busy) return;
      this.slow = true;
      this.#changed();
    }, SLOW);
    const page = append ? this.#page + 1 : 1;
    try {
      const results = await source.search(queryFor(this, this.host, this.sort, page), { signal: request.signal });
      if (!this.#isNewest(request)) return;
      const before = this.items.length;
      this.#page = page;
      this.items = append ? [...this.items, ...results.items] : results.items;
      this.total = results.total;
      this.facets = results.facets;
      if (!append) this.searchedFor = results.searchedFor;
      this.phase = 'ready';
      this.problem = undefined;
      this.skipped = countSkipped(source);
      if (!append) this.remote = [];
      this.#finish();
      if (append) {
        this.announcer.announce(this.msg('showing', this.items.length, this.total), 0);
        await this.#focusResult(before);
      } else {
        // A new list without "Show more": focus, if it was on the button, moves to the count.
        if (this.items.length >= this.total && this.host.renderRoot.querySelector('[part=more]:focus')) void this.#focusCount();
        this.#settle(trigger);
        if (results.total === 0) void this.#findRemote(request);
      }
    } catch (error) {
      if (!this.#isNewest(request) || isAbortError(error)) return;
      this.#finish();
      this.#fail(error, trigger !== 'load');
    }
  }

  async #focusResult(index: number): Promise<void> {
    await this.host.updateComplete;
    const card = this.host.renderRoot.querySelectorAll<AutaProviderCard>('.results > li > auta-provider-card')[index];
    if (!card) return;
    await card.updateComplete;
    card.focusHeading();
  }

  #finish(): void {
    this.busy = false;
    this.slow = false;
    clearTimeout(this.#slowTimer);
    this.#changed();
  }

  /** Once the search settles: announce the count, tell the host, write the URL. */
  #settle(trigger: Trigger): void {
    const delay = trigger === 'text' ? SETTLE_TEXT : trigger === 'submit' || trigger === 'load' ? 0 : SETTLE_FILTER;
    const run = (say = true) => {
      this.#settling = undefined;
      const { phase, total, searchedFor } = this;
      if (phase !== 'ready') return;
      const count = total === 0 ? this.msg('emptyHeading') : this.msg('found', total);
      // The correction is said with the count, once the typing pauses: one announcement, not one per keystroke.
      if (say) this.announcer.announce(searchedFor && total ? `${count}. ${this.msg('searchedFor', searchedFor)}` : count, 0);
      if (this.host.syncUrl && trigger !== 'history') this.#writeUrl(trigger === 'text' || trigger === 'load' ? 'replace' : 'push');
      if (trigger !== 'load') this.settled(searchDetail(this, this.sort));
    };
    this.#settling = run;
    if (delay === 0) run();
    else this.#settleTimer = setTimeout(run, delay);
  }

  /** Nationwide remote support (phone, chat, video), offered when nothing was found. */
  async #findRemote(request: AbortController): Promise<void> {
    const source = this.#active;
    if (!source) return;
    try {
      // Asked after the main answer, never beside it: a source answers only its newest query.
      const results = await source.search({ forms: REMOTE_FORMS, lang: this.host.resolvedLang, pageSize: 50, sort: 'name', now: this.host.now ?? new Date() }, { signal: request.signal });
      if (!this.#isNewest(request)) return;
      this.remote = results.items.filter((h) => h.provider.areaType !== 'LimitedType').slice(0, 5);
      this.#changed();
    } catch {
      // The suggestion is a bonus: without it the empty state still says what to do.
    }
  }

  /* ---------- the page URL ---------- */

  #writeUrl(mode: 'push' | 'replace'): void {
    const next = urlWithState(location.href, this.view);
    if (next === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', next);
    else history.replaceState(history.state, '', next);
  }

  #onPopState = (): void => {
    const next = stateFromParams(new URLSearchParams(location.search));
    if (sameState(next, this.view)) return;
    this.view = next;
    this.#changed();
    void this.#search('history');
  };

  /* ---------- the person's actions ---------- */

  /** Changes what is asked for and searches. */
  setView(patch: Partial<FinderState>, trigger: Trigger = 'filter'): void {
    this.view = { ...this.view, ...patch };
    this.#changed();
    void this.#search(trigger);
  }

  /** A keystroke in the search field: searches after the source's pause (none for data in the page). */
  type(text: string): void {
    this.busy = true; // The list is out of date until the pause is over and the answer is in.
    this.view = { ...this.view, text };
    this.#changed();
    clearTimeout(this.#textTimer);
    const delay = this.host.searchDelay ?? this.#active?.searchDelay ?? TYPING_DELAY;
    if (delay <= 0) void this.#search('text');
    else this.#textTimer = setTimeout(() => void this.#search('text'), delay);
  }

  /** Enter in the search field: searches at once. */
  submit(text: string | undefined): void {
    if (text !== undefined) this.view = { ...this.view, text };
    this.#changed();
    void this.#search('submit');
  }

  toggle<K extends 'forms' | 'languages' | 'accessibility'>(key: K, value: FinderState[K][number], on: boolean): void {
    const list = this.view[key] as string[];
    const next = on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
    this.setView({ [key]: next } as Partial<FinderState>);
  }

  /** Clears every filter; from the empty state, focus then goes to the new count. */
  clearFilters(focusCount = false): void {
    this.setView({ municipalities: [], regions: [], forms: [], languages: [], accessibility: [], free: false, openNow: false });
    // The button that was pressed is gone with the empty state.
    if (focusCount) void this.#focusCount();
  }

  /** "Use my location" asks the device once; pressed again, the location is forgotten. */
  async toggleLocation(): Promise<void> {
    if (this.locating) return;
    if (this.near) {
      this.near = undefined;
      if (this.view.sort === 'distance') this.view = { ...this.view, sort: '' };
      this.#changed();
      void this.#search('filter');
      return;
    }
    this.locating = true;
    this.locationProblem = undefined;
    this.#changed();
    this.announcer.announce(this.msg('locating'), 0);
    try {
      this.near = await currentPosition();
      this.view = { ...this.view, sort: '' };
      void this.#search('filter');
    } catch (error) {
      this.locationProblem = error instanceof LocationError ? error.problem : 'unavailable';
      this.announcer.announce(this.msg('locationProblem', this.locationProblem), 0);
    } finally {
      this.locating = false;
      this.#changed();
    }
  }
}
