/**
 * What `<auta-provider-finder>` does, apart from how it looks: which source answers and its
 * loading, the requests to it (only the newest answer counts, decided here and nowhere else
 * in the UI), the timers of typing, announcing and "updating…", the page URL and the
 * person's location. The element holds one `FinderController`, renders `state` and hands
 * the person's actions to it. The state's shape and its pure functions are in
 * `provider-finder.state.ts`.
 */
import type { AnnouncerController } from '@auta/core';
import { isServer, type PropertyValues, type ReactiveController } from 'lit';
import { isAbortError, ProviderLoadError, type ProviderSort, type ProviderSource, type SupportForm } from './data/index.js';
import { sortFor } from './data/query.js';
import { currentPosition, LocationError } from './geolocation.js';
import {
  chooseSource,
  countSkipped,
  problemOf,
  queryFor,
  sampleSource,
  searchDetail,
  startingSnapshot,
  type FinderHost,
  type FinderSnapshot,
  type Say,
  type SearchEventDetail,
  type Trigger,
} from './provider-finder.state.js';
import { sameState, stateFromParams, stateInUrl, urlWithState, withPresets, type FinderState } from './url-state.js';

export type { FinderHost, FinderSnapshot, Say, SearchEventDetail, SearchFilters, Trigger } from './provider-finder.state.js';

export interface FinderControllerOptions {
  announcer: AnnouncerController;
  say: Say;
  /** A search settled (typing paused, or a filter changed): the element tells the host. */
  settled(detail: SearchEventDetail): void;
}

const REMOTE_FORMS: SupportForm[] = ['phone', 'chat', 'video'];

/** Milliseconds after a keystroke before searching, for a source that does not say (one request per pause). */
const TYPING_DELAY = 150;
/** Milliseconds after the last keystroke before the count is announced and `auta-search` sent. */
const SETTLE_TEXT = 700;
/** The same after a filter change: shorter, as a click is one deliberate act. */
const SETTLE_FILTER = 300;
/** A search that takes longer than this shows "Updating the results…". */
const SLOW = 400;

export class FinderController implements ReactiveController {
  /** What the element renders; replaced (never changed in place) on every change. */
  state: Readonly<FinderSnapshot> = startingSnapshot();

  private active?: ProviderSource;
  private sourceGeneration = 0;
  /** The newest request: its signal aborts it, and only its answer may be shown. */
  private request?: AbortController;
  private page = 1;
  private textTimer?: ReturnType<typeof setTimeout>;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private slowTimer?: ReturnType<typeof setTimeout>;
  private presetsApplied = false;
  private searchedLang?: string;

  constructor(
    private readonly host: FinderHost,
    private readonly options: FinderControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    if (this.host.syncUrl) window.addEventListener('popstate', this.onPopState);
    // Reconnected after a move in the DOM: pick up where it was.
    if (this.host.hasUpdated && !this.active) void this.connectSource();
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    this.request?.abort();
    clearTimeout(this.textTimer);
    clearTimeout(this.settleTimer);
    clearTimeout(this.slowTimer);
    this.active = undefined;
    this.sourceGeneration++;
  }

  /** Called from the element's `willUpdate`: the state set here lands in the same render. */
  willUpdate(changed: PropertyValues): void {
    const host = this.host;
    if (!this.presetsApplied || changed.has('municipality') || changed.has('region') || changed.has('supportForms') || changed.has('languages')) {
      // With `sync-url`, a shared link's own state wins over the presets on load.
      const shared = !this.presetsApplied && host.syncUrl && !isServer ? stateInUrl(location.search) : undefined;
      this.set({ view: shared ?? withPresets(this.state.view, host) });
      this.presetsApplied = true;
    }
    if (isServer) return;
    if (changed.has('syncUrl') && host.isConnected) {
      window.removeEventListener('popstate', this.onPopState);
      if (host.syncUrl) window.addEventListener('popstate', this.onPopState);
    }
    const first = !host.hasUpdated && !this.active;
    if (first || changed.has('source') || changed.has('providers') || changed.has('src')) {
      void this.connectSource();
      return;
    }
    if (!this.active) return;
    if (
      changed.has('includeNationwide') ||
      changed.has('pageSize') ||
      changed.has('municipality') ||
      changed.has('region') ||
      changed.has('supportForms') ||
      changed.has('languages') ||
      (changed.has('now') && this.state.view.openNow) ||
      this.searchedLang !== host.resolvedLang
    ) {
      void this.search('filter');
    }
  }

  /** The order in use: the person's choice while it can be kept, else the default. */
  get sort(): ProviderSort {
    const { view, near } = this.state;
    return sortFor(view.sort || (near ? 'distance' : ''), view.text, near !== undefined);
  }

  private set(patch: Partial<FinderSnapshot>): void {
    const state = this.state as FinderSnapshot;
    if (!(Object.keys(patch) as (keyof FinderSnapshot)[]).some((k) => patch[k] !== state[k])) return;
    this.state = { ...state, ...patch };
    this.host.requestUpdate();
  }

  /* ---------- the source ---------- */

  /** Picks the source (source > providers > src > the built-in sample), loads it and searches. */
  private async connectSource(): Promise<void> {
    const generation = ++this.sourceGeneration;
    const host = this.host;
    this.request?.abort();
    this.active = undefined;
    this.set({ phase: 'loading', problem: undefined, usingSample: false });
    let source: ProviderSource | undefined;
    try {
      // Without a source, the sample is imported: the only await before a search starts.
      source = chooseSource(host);
      if (!source) {
        source = await sampleSource();
        if (generation !== this.sourceGeneration) return;
        this.set({ usingSample: true });
      }
    } catch (error) {
      if (generation !== this.sourceGeneration) return;
      this.fail(error, false);
      return;
    }
    this.active = source;
    if (source.load && source.status !== 'ready') {
      this.options.announcer.announce(this.options.say('loading'), 0);
      try {
        await source.load();
      } catch (error) {
        if (generation !== this.sourceGeneration || isAbortError(error)) return;
        this.fail(error, false);
        return;
      }
      if (generation !== this.sourceGeneration) return;
    }
    void this.search('load');
  }

  private fail(error: unknown, afterAction: boolean): void {
    if (!(error instanceof ProviderLoadError)) console.warn('[auta] auta-provider-finder:', error);
    const kind = problemOf(error);
    // An alert interrupts whatever the screen reader is saying: right when the person has
    // just asked for something and is waiting, wrong on page load, when they have not
    // asked yet and are still reading the page. Then it is told politely.
    this.set({ phase: 'error', busy: false, slow: false, problem: { kind, alert: afterAction } });
    const { announcer, say } = this.options;
    announcer.cancel();
    if (!afterAction) announcer.announce(`${say('errorHeading')}. ${say('loadProblem', kind)}`, 0);
  }

  /** Loads again after an error (or searches again); true when results are then shown. */
  async retry(): Promise<boolean> {
    const source = this.active;
    this.set({ problem: undefined, phase: 'loading' });
    if (!source) {
      await this.connectSource();
    } else {
      if (source.load && source.status === 'error') {
        try {
          await source.load();
        } catch (error) {
          if (!isAbortError(error)) this.fail(error, true);
          return false;
        }
      }
      await this.search('retry');
    }
    return this.state.phase === 'ready';
  }

  /* ---------- requests ---------- */

  /** Starts a request: the one before is aborted, and from now on only this one may be shown. */
  private begin(): AbortController {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    return request;
  }

  /** Whether `request` is still the newest: an older answer is dropped even if its source ignored the abort. */
  private isNewest(request: AbortController): boolean {
    return request === this.request;
  }

  /**
   * Runs the query for the current state; with `append`, its next page. Resolves with the
   * index of the first new result when a page was added, else undefined.
   */
  async search(trigger: Trigger, append = false): Promise<number | undefined> {
    const source = this.active;
    if (!source) return undefined;
    const request = this.begin();
    clearTimeout(this.textTimer);
    if (!append) clearTimeout(this.settleTimer);
    this.searchedLang = this.host.resolvedLang;
    this.set({ busy: true });
    clearTimeout(this.slowTimer);
    this.slowTimer = setTimeout(() => {
      if (this.isNewest(request) && this.state.busy) this.set({ slow: true });
    }, SLOW);
    const page = append ? this.page + 1 : 1;
    try {
      const results = await source.search(queryFor(this.state, this.host, this.sort, page), { signal: request.signal });
      if (!this.isNewest(request)) return undefined;
      const before = this.state.items.length;
      this.page = page;
      this.set({
        items: append ? [...this.state.items, ...results.items] : results.items,
        total: results.total,
        facets: results.facets,
        ...(append ? {} : { searchedFor: results.searchedFor, remote: [] }),
        phase: 'ready',
        problem: undefined,
        skipped: countSkipped(source),
      });
      this.finish();
      if (append) {
        const { say, announcer } = this.options;
        announcer.announce(say('showing', this.state.items.length, this.state.total), 0);
        return before;
      }
      this.settle(trigger);
      if (results.total === 0) void this.findRemote(request);
      return undefined;
    } catch (error) {
      if (!this.isNewest(request) || isAbortError(error)) return undefined;
      this.finish();
      this.fail(error, trigger !== 'load');
      return undefined;
    }
  }

  private finish(): void {
    this.set({ busy: false, slow: false });
    clearTimeout(this.slowTimer);
  }

  /** Once the search settles: announce the count, tell the host, write the URL. */
  private settle(trigger: Trigger): void {
    clearTimeout(this.settleTimer);
    const delay = trigger === 'text' ? SETTLE_TEXT : trigger === 'submit' || trigger === 'load' ? 0 : SETTLE_FILTER;
    const run = () => {
      const { phase, total, searchedFor } = this.state;
      if (phase !== 'ready') return;
      const { say, announcer } = this.options;
      const count = total === 0 ? say('emptyHeading') : say('found', total);
      // The correction is said with the count, once the typing pauses: one announcement, not one per keystroke.
      announcer.announce(searchedFor && total ? `${count}. ${say('searchedFor', searchedFor)}` : count, 0);
      if (this.host.syncUrl && trigger !== 'history') this.writeUrl(trigger === 'text' || trigger === 'load' ? 'replace' : 'push');
      if (trigger !== 'load') this.options.settled(searchDetail(this.state, this.sort));
    };
    if (delay === 0) run();
    else this.settleTimer = setTimeout(run, delay);
  }

  /** Nationwide remote support (phone, chat, video), offered when nothing was found. */
  private async findRemote(request: AbortController): Promise<void> {
    const source = this.active;
    if (!source) return;
    try {
      // Asked after the main answer, never beside it: a source answers only its newest query.
      const results = await source.search(
        { forms: REMOTE_FORMS, lang: this.host.resolvedLang, pageSize: 50, sort: 'name', now: this.host.now ?? new Date() },
        { signal: request.signal },
      );
      if (!this.isNewest(request)) return;
      this.set({ remote: results.items.filter((h) => h.provider.areaType !== 'LimitedType').slice(0, 5) });
    } catch {
      // The suggestion is a bonus: without it the empty state still says what to do.
    }
  }

  /* ---------- the page URL ---------- */

  private writeUrl(mode: 'push' | 'replace'): void {
    const next = urlWithState(location.href, this.state.view);
    if (next === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', next);
    else history.replaceState(history.state, '', next);
  }

  private onPopState = (): void => {
    const next = stateFromParams(new URLSearchParams(location.search));
    if (sameState(next, this.state.view)) return;
    this.set({ view: next });
    void this.search('history');
  };

  /* ---------- the person's actions ---------- */

  /** Changes what is asked for and searches. */
  setView(patch: Partial<FinderState>, trigger: Trigger = 'filter'): void {
    this.set({ view: { ...this.state.view, ...patch } });
    void this.search(trigger);
  }

  /** A keystroke in the search field: searches after the source's pause (none for data in the page). */
  type(text: string): void {
    this.set({ view: { ...this.state.view, text } });
    clearTimeout(this.textTimer);
    const delay = this.host.searchDelay ?? this.active?.searchDelay ?? TYPING_DELAY;
    if (delay <= 0) void this.search('text');
    else this.textTimer = setTimeout(() => void this.search('text'), delay);
  }

  /** Enter in the search field: searches at once. */
  submit(text: string | undefined): void {
    if (text !== undefined) this.set({ view: { ...this.state.view, text } });
    void this.search('submit');
  }

  toggle<K extends 'forms' | 'languages' | 'accessibility'>(key: K, value: FinderState[K][number], on: boolean): void {
    const list = this.state.view[key] as string[];
    const next = on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
    this.setView({ [key]: next } as Partial<FinderState>);
  }

  clearFilters(): void {
    this.setView({ municipalities: [], regions: [], forms: [], languages: [], accessibility: [], free: false, openNow: false });
  }

  /** "Use my location" asks the device once; pressed again, the location is forgotten. */
  async toggleLocation(): Promise<void> {
    if (this.state.locating) return;
    const { say, announcer } = this.options;
    if (this.state.near) {
      const view = this.state.view.sort === 'distance' ? { ...this.state.view, sort: '' as const } : this.state.view;
      this.set({ near: undefined, view });
      void this.search('filter');
      return;
    }
    this.set({ locating: true, locationProblem: undefined });
    announcer.announce(say('locating'), 0);
    try {
      const near = await currentPosition();
      this.set({ near, view: { ...this.state.view, sort: '' } });
      void this.search('filter');
    } catch (error) {
      const locationProblem = error instanceof LocationError ? error.problem : 'unavailable';
      this.set({ locationProblem });
      announcer.announce(say('locationProblem', locationProblem), 0);
    } finally {
      this.set({ locating: false });
    }
  }
}
