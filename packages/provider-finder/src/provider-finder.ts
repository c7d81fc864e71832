import { AnnouncerController, AutaElement, baseStyles, buttonStyles, pickText, toLanguageLevel } from '@auta/core';
import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import {
  ACCESSIBILITY_FEATURES,
  InMemorySource,
  ProviderLoadError,
  SUPPORT_FORMS,
  foldText,
  isAbortError,
  type FacetCount,
  type ProviderFacets,
  type ProviderHit,
  type ProviderInput,
  type ProviderQuery,
  type ProviderSort,
  type ProviderSource,
  type SupportForm,
} from './data/index.js';
import { currentPosition, LocationError, type Point } from './geolocation.js';
import { capitalize, loadProviderFinderEasy, providerFinderCatalog, type LoadProblem, type LocationProblem, type ProviderFinderMessages } from './messages.js';
import { headingTag, type AutaProviderCard } from './provider-card.js';
import { providerFinderStyles } from './provider-finder.styles.js';
import { activeFilters, emptyState, sameState, stateFromParams, urlWithState, type FinderState } from './url-state.js';

/** The filters of a settled search, as `auta-search` reports them: the search state without its text and sort. */
export type SearchFilters = Omit<FinderState, 'text' | 'sort'>;

/** Detail of `auta-search`: what was searched and how many places were found. */
export interface SearchEventDetail {
  query: string;
  filters: SearchFilters;
  sort: ProviderSort;
  /** Whether the results are sorted by the person's location (the location itself is never reported). */
  nearMe: boolean;
  total: number;
}

declare global {
  interface HTMLElementEventMap {
    'auta-search': CustomEvent<SearchEventDetail>;
  }
}

/** What started a search: it decides how soon the count is announced and how the URL is written. */
type Trigger = 'load' | 'text' | 'submit' | 'filter' | 'history' | 'retry';

const FORM_GROUPS: ReadonlyArray<readonly ['formGroupRemote' | 'formGroupNear' | 'formGroupTraining', readonly SupportForm[]]> = [
  ['formGroupRemote', ['phone', 'chat', 'video']],
  ['formGroupNear', ['service-point', 'peer-group', 'at-home']],
  ['formGroupTraining', ['device-training', 'course']],
];

/** Languages listed first, in this order, when the data has them; the rest follow by name. */
const LANGUAGE_ORDER = ['fi', 'sv', 'en', 'se', 'smn', 'sms', 'fse', 'fss'];

const REMOTE_FORMS: SupportForm[] = ['phone', 'chat', 'video'];

/** Milliseconds after the last keystroke before the count is announced and `auta-search` sent. */
const SETTLE_TEXT = 700;
/** The same after a filter change: shorter, as a click is one deliberate act. */
const SETTLE_FILTER = 300;
/** A search that takes longer than this shows "Updating the results…". */
const SLOW = 400;

const words = (value: string | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);

const problemOf = (error: unknown): LoadProblem => {
  const kind = error instanceof ProviderLoadError ? error.kind : 'network';
  return kind === 'aborted' ? 'network' : kind;
};

/**
 * @summary Find help with digital services near you: a search field, filters and a list
 * of places and lines that help, with opening hours, contacts and distance.
 *
 * With no configuration it shows the built-in, fictional sample data (and says so). Real
 * data comes from `src` (a JSON file in the finder's format), `providers` (an array) or
 * `source` (any `ProviderSource`, e.g. a `RemoteSource` in front of a search service);
 * when more than one is given, `source` wins over `providers`, which wins over `src`.
 *
 * Results follow typing; the count is announced once typing pauses. Filters are native
 * form controls in fieldsets; below 40rem of width they fold into a disclosure that says
 * how many are on. Location is asked for only when the person presses "Use my location".
 * The element sends nothing anywhere: its events are for the host's own statistics.
 *
 * @csspart search - The search landmark: the field, the filters and the sort order.
 * @csspart filters - The filters panel.
 * @csspart results - The list of results.
 * @csspart result - One result (`<li>`), holding an `<auta-provider-card>`.
 * @csspart card - Each result's card (forwarded from `<auta-provider-card>`'s own `card` part is not possible; style the card with its custom properties).
 * @csspart status - The line with the result count.
 * @csspart error - The error message with its retry button.
 * @csspart empty - The "no places found" message with its suggestions.
 * @csspart more - The "Show more places" button.
 *
 * @cssprop --auta-finder-filters-width - Width of the filters column on wide layouts. Default: 17rem.
 * @cssprop --auta-card-border - Border colour of the result cards.
 * @cssprop --auta-card-surface - Background of the result cards.
 *
 * @event {CustomEvent<SearchEventDetail>} auta-search - A search settled (once typing pauses, or after a filter change). `detail: { query, filters, sort, nearMe, total }`. Bubbles and is composed.
 * @event {CustomEvent<ProviderSelectDetail>} auta-provider-select - A result's phone number, e-mail or web link was used, or its hours opened. `detail: { id, name, action }`. Bubbles and is composed (from `<auta-provider-card>`).
 */
export class AutaProviderFinder extends AutaElement<ProviderFinderMessages> {
  static override styles = [...baseStyles, buttonStyles, providerFinderStyles];

  protected readonly catalog = providerFinderCatalog;

  protected readonly announcer = new AnnouncerController(this);

  // At the easy level an update first waits for the easy copy (messages-easy.ts): no flash of standard text.
  protected override async scheduleUpdate(): Promise<void> {
    if ((toLanguageLevel(this.languageLevel) ?? this.resolvedLanguageLevel) === 'easy') await loadProviderFinderEasy();
    super.scheduleUpdate();
  }

  /** Any `ProviderSource`: e.g. `new RemoteSource(url)`. Wins over `providers` and `src`. */
  @property({ attribute: false }) source?: ProviderSource;

  /** Providers in the finder's format (validated: invalid records are skipped and counted). Wins over `src`. */
  @property({ attribute: false }) providers?: readonly ProviderInput[];

  /** URL of a JSON file in the finder's format. */
  @property() src?: string;

  /** Preset: a municipality code (`853` for Turku). The person can change it. */
  @property() municipality?: string;

  /** Preset: a region code (`02` for Southwest Finland). Ignored when `municipality` is set. */
  @property() region?: string;

  /** Preset: forms of support, space-separated (`phone chat video`). */
  @property({ attribute: 'support-forms' }) supportForms?: string;

  /** Preset: languages, space-separated codes (`sv se`). */
  @property() languages?: string;

  /** With a municipality or region, also list providers that serve the whole country (phone, chat …). */
  @property({ attribute: 'include-nationwide', type: Boolean }) includeNationwide = false;

  /** Level of each result's heading, 2 to 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Results per page ("Show more" adds as many again), 1 to 100. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  /** Keep the query and filters in the page URL, so a link can be shared and Back works. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  /**
   * Milliseconds to wait after a keystroke before searching. Default: none for data held in
   * the page (it answers in milliseconds), 150 for other sources (one request per pause).
   */
  @property({ attribute: 'search-delay', type: Number }) searchDelay?: number;

  /** The moment "open now" is judged at. Default: the current time. */
  @property({ attribute: false }) now?: Date;

  @state() private view: FinderState = emptyState();
  @state() private items: ProviderHit[] = [];
  @state() private total = 0;
  @state() private facets?: ProviderFacets;
  @state() private phase: 'loading' | 'ready' | 'error' = 'loading';
  @state() private problem?: { kind: LoadProblem; alert: boolean };
  @state() private busy = false;
  @state() private slow = false;
  @state() private near?: Point;
  @state() private locating = false;
  @state() private locationProblem?: LocationProblem;
  @state() private remote: ProviderHit[] = [];
  @state() private filtersOpen = false;
  @state() private skipped = 0;
  @state() private usingSample = false;
  /** The query as searched when a mistyped word was searched as spelt in the data. */
  @state() private searchedFor?: string;

  private active?: ProviderSource;
  private sourceGeneration = 0;
  private sequence = 0;
  private controller?: AbortController;
  private page = 1;
  private textTimer?: ReturnType<typeof setTimeout>;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private slowTimer?: ReturnType<typeof setTimeout>;
  private presetsApplied = false;
  private searchedLang?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) window.addEventListener('popstate', this.onPopState);
    // Reconnected after a move in the DOM: pick up where it was.
    if (this.hasUpdated && !this.active) void this.connectSource();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.controller?.abort();
    clearTimeout(this.textTimer);
    clearTimeout(this.settleTimer);
    clearTimeout(this.slowTimer);
    this.active = undefined;
    this.sourceGeneration++;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.presetsApplied || changed.has('municipality') || changed.has('region') || changed.has('supportForms') || changed.has('languages')) {
      this.applyPresets(!this.presetsApplied);
      this.presetsApplied = true;
    }
    if (isServer) return;
    if (changed.has('syncUrl') && this.isConnected) {
      window.removeEventListener('popstate', this.onPopState);
      if (this.syncUrl) window.addEventListener('popstate', this.onPopState);
    }
    // Started here rather than in updated(): the state they set lands in this same render.
    const first = !this.hasUpdated && !this.active;
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
      (changed.has('now') && this.view.openNow) ||
      this.searchedLang !== this.resolvedLang
    ) {
      void this.search('filter');
    }
  }


  /** Presets become the starting state; with `sync-url`, a shared link's own state wins on load. */
  private applyPresets(initial: boolean): void {
    const next: FinderState = { ...this.view };
    next.municipalities = this.municipality && /^\d{3}$/.test(this.municipality) ? [this.municipality] : [];
    next.regions = !next.municipalities.length && this.region && /^\d{2}$/.test(this.region) ? [this.region] : [];
    next.forms = words(this.supportForms).filter((f): f is SupportForm => (SUPPORT_FORMS as readonly string[]).includes(f));
    next.languages = words(this.languages).filter((l) => /^[a-z]{2,3}$/.test(l));
    if (initial && this.syncUrl && !isServer) {
      const params = new URLSearchParams(location.search);
      if (['q', 'municipality', 'region', 'forms', 'languages', 'accessibility', 'free', 'open', 'sort'].some((k) => params.has(k))) {
        this.view = stateFromParams(params);
        return;
      }
    }
    this.view = next;
  }

  /* ---------- data ---------- */

  /** Picks the source (source > providers > src > the built-in sample), loads it and searches. */
  private async connectSource(): Promise<void> {
    const generation = ++this.sourceGeneration;
    this.controller?.abort();
    this.active = undefined;
    this.phase = 'loading';
    this.problem = undefined;
    this.usingSample = false;
    let source: ProviderSource;
    try {
      if (this.source) source = this.source;
      else if (this.providers) source = new InMemorySource(this.providers);
      else if (this.src) source = InMemorySource.fromUrl(this.src);
      else {
        // Loaded only when no data is given, so hosts with their own data never download it.
        // A missing or blocked sample file is the site's fault, not the person's connection:
        // told as a service problem ("http"), never "check your internet connection".
        const { SAMPLE_PROVIDERS } = await import('./data/sample.js').catch((cause: unknown) => {
          throw new ProviderLoadError('http', 'The sample data could not be loaded.', { cause });
        });
        if (generation !== this.sourceGeneration) return;
        source = InMemorySource.fromProviders(SAMPLE_PROVIDERS);
        this.usingSample = true;
      }
    } catch (error) {
      if (generation !== this.sourceGeneration) return;
      this.fail(error, false);
      return;
    }
    this.active = source;
    if (source.load && source.status !== 'ready') {
      this.announcer.announce(this.msg('loading'), 0);
      try {
        await source.load();
      } catch (error) {
        if (generation !== this.sourceGeneration || isAbortError(error)) return;
        this.fail(error, false);
        return;
      }
      if (generation !== this.sourceGeneration) return;
    }
    this.search('load');
  }

  private fail(error: unknown, afterAction: boolean): void {
    if (!(error instanceof ProviderLoadError)) console.warn('[auta] auta-provider-finder:', error);
    const kind = problemOf(error);
    this.phase = 'error';
    this.busy = false;
    this.slow = false;
    // An alert interrupts whatever the screen reader is saying: right when the person has
    // just asked for something and is waiting, wrong on page load, when they have not
    // asked yet and are still reading the page. Then it is told politely.
    this.problem = { kind, alert: afterAction };
    this.announcer.cancel();
    if (!afterAction) this.announcer.announce(`${this.msg('errorHeading')}. ${this.msg('loadProblem', kind)}`, 0);
  }

  private query(page: number): ProviderQuery {
    const s = this.view;
    return {
      text: s.text,
      municipalities: s.municipalities,
      regions: s.regions,
      includeNationwide: this.includeNationwide,
      forms: s.forms,
      languages: s.languages,
      accessibility: s.accessibility,
      free: s.free,
      openNow: s.openNow,
      now: this.now ?? new Date(),
      sort: this.sortInUse,
      ...(this.near ? { near: this.near } : {}),
      lang: this.resolvedLang,
      page,
      pageSize: Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 20)),
    };
  }

  private get sortInUse(): ProviderSort {
    const chosen = this.view.sort;
    if (chosen === 'distance' && !this.near) return this.view.text.trim() ? 'relevance' : 'name';
    if (chosen) return chosen;
    return this.near ? 'distance' : this.view.text.trim() ? 'relevance' : 'name';
  }

  /**
   * Runs the query for the current state. A newer search aborts the older one, and an
   * answer that is not for the newest search is dropped even if its source ignores the
   * abort: results never jump back to an older query.
   */
  private async search(trigger: Trigger, append = false): Promise<void> {
    const source = this.active;
    if (!source) return;
    const sequence = ++this.sequence;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    clearTimeout(this.textTimer);
    if (!append) clearTimeout(this.settleTimer);
    this.searchedLang = this.resolvedLang;
    this.busy = true;
    clearTimeout(this.slowTimer);
    this.slowTimer = setTimeout(() => {
      if (sequence === this.sequence && this.busy) this.slow = true;
    }, SLOW);
    const page = append ? this.page + 1 : 1;
    try {
      const results = await source.search(this.query(page), { signal: controller.signal });
      if (sequence !== this.sequence) return;
      const before = this.items.length;
      this.page = page;
      this.items = append ? [...this.items, ...results.items] : results.items;
      this.total = results.total;
      this.facets = results.facets;
      if (!append) this.searchedFor = results.searchedFor;
      this.phase = 'ready';
      this.problem = undefined;
      this.skipped = countSkipped(source);
      if (!append) this.remote = [];
      this.finish(sequence);
      if (append) {
        this.announcer.announce(this.msg('showing', this.items.length, this.total), 0);
        await this.focusResult(before);
      } else {
        this.settle(trigger);
        if (results.total === 0) void this.findRemote(sequence);
      }
    } catch (error) {
      if (sequence !== this.sequence || isAbortError(error)) return;
      this.finish(sequence);
      this.fail(error, trigger !== 'load');
    }
  }

  private finish(sequence: number): void {
    if (sequence !== this.sequence) return;
    this.busy = false;
    this.slow = false;
    clearTimeout(this.slowTimer);
  }

  /** Once the search settles: announce the count, tell the host, write the URL. */
  private settle(trigger: Trigger): void {
    clearTimeout(this.settleTimer);
    const delay = trigger === 'text' ? SETTLE_TEXT : trigger === 'submit' || trigger === 'load' ? 0 : SETTLE_FILTER;
    const run = () => {
      if (this.phase !== 'ready') return;
      const count = this.total === 0 ? this.msg('emptyHeading') : this.msg('found', this.total);
      // The correction is said with the count, once the typing pauses: one announcement, not one per keystroke.
      this.announcer.announce(this.searchedFor && this.total ? `${count}. ${this.msg('searchedFor', this.searchedFor)}` : count, 0);
      if (this.syncUrl && trigger !== 'history') this.writeUrl(trigger === 'text' || trigger === 'load' ? 'replace' : 'push');
      if (trigger !== 'load') {
        const s = this.view;
        this.dispatchEvent(
          new CustomEvent<SearchEventDetail>('auta-search', {
            detail: {
              query: s.text.trim(),
              filters: {
                municipalities: [...s.municipalities],
                regions: [...s.regions],
                forms: [...s.forms],
                languages: [...s.languages],
                accessibility: [...s.accessibility],
                free: s.free,
                openNow: s.openNow,
              },
              sort: this.sortInUse,
              nearMe: this.near !== undefined,
              total: this.total,
            },
            bubbles: true,
            composed: true,
          }),
        );
      }
    };
    if (delay === 0) run();
    else this.settleTimer = setTimeout(run, delay);
  }

  /** Nationwide remote support (phone, chat, video), offered when nothing was found. */
  private async findRemote(sequence: number): Promise<void> {
    const source = this.active;
    if (!source) return;
    try {
      // Asked after the main answer, never beside it: a source answers only its newest query.
      const results = await source.search(
        { forms: REMOTE_FORMS, lang: this.resolvedLang, pageSize: 50, sort: 'name', now: this.now ?? new Date() },
        { signal: this.controller?.signal },
      );
      if (sequence !== this.sequence) return;
      this.remote = results.items.filter((h) => h.provider.areaType !== 'LimitedType').slice(0, 5);
    } catch {
      // The suggestion is a bonus: without it the empty state still says what to do.
    }
  }

  private async focusResult(index: number): Promise<void> {
    await this.updateComplete;
    const card = this.renderRoot.querySelectorAll<AutaProviderCard>('.results > li > auta-provider-card')[index];
    if (!card) return;
    await card.updateComplete;
    card.focusHeading();
  }

  /* ---------- URL ---------- */

  private writeUrl(mode: 'push' | 'replace'): void {
    const next = urlWithState(location.href, this.view);
    if (next === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', next);
    else history.replaceState(history.state, '', next);
  }

  private onPopState = (): void => {
    const next = stateFromParams(new URLSearchParams(location.search));
    if (sameState(next, this.view)) return;
    this.view = next;
    this.search('history');
  };

  /* ---------- the person's actions ---------- */

  private setView(patch: Partial<FinderState>, trigger: Trigger = 'filter'): void {
    this.view = { ...this.view, ...patch };
    void this.search(trigger);
  }

  private onInput(e: Event): void {
    const text = (e.target as HTMLInputElement).value;
    this.view = { ...this.view, text };
    clearTimeout(this.textTimer);
    const delay = this.searchDelay ?? (this.active instanceof InMemorySource && this.active.status === 'ready' ? 0 : 150);
    if (delay <= 0) this.search('text');
    else this.textTimer = setTimeout(() => this.search('text'), delay);
  }

  private onSubmit(e: Event): void {
    // Results already follow typing; Enter searches at once and never reloads the page.
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#q');
    if (input) this.view = { ...this.view, text: input.value };
    this.search('submit');
  }

  private onArea(e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    this.setView({
      municipalities: value.startsWith('m:') ? [value.slice(2)] : [],
      regions: value.startsWith('r:') ? [value.slice(2)] : [],
    });
  }

  private toggle<K extends 'forms' | 'languages' | 'accessibility'>(key: K, value: FinderState[K][number], on: boolean): void {
    const list = this.view[key] as string[];
    const next = on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
    this.setView({ [key]: next } as Partial<FinderState>);
  }

  private clearFilters(focusCount = false): void {
    this.setView({ municipalities: [], regions: [], forms: [], languages: [], accessibility: [], free: false, openNow: false });
    if (focusCount) {
      // The button that was pressed is gone with the empty state: focus goes to the new count.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#count')?.focus());
    }
  }

  private async onLocation(): Promise<void> {
    if (this.locating) return;
    if (this.near) {
      this.near = undefined;
      if (this.view.sort === 'distance') this.view = { ...this.view, sort: '' };
      this.search('filter');
      return;
    }
    this.locating = true;
    this.locationProblem = undefined;
    this.announcer.announce(this.msg('locating'), 0);
    try {
      this.near = await currentPosition();
      this.view = { ...this.view, sort: '' };
      this.search('filter');
    } catch (error) {
      this.locationProblem = error instanceof LocationError ? error.problem : 'unavailable';
      this.announcer.announce(this.msg('locationProblem', this.locationProblem), 0);
    } finally {
      this.locating = false;
    }
  }

  private async retry(): Promise<void> {
    const source = this.active;
    this.problem = undefined;
    this.phase = 'loading';
    if (!source) {
      await this.connectSource();
    } else {
      if (source.load && source.status === 'error') {
        try {
          await source.load();
        } catch (error) {
          if (!isAbortError(error)) this.fail(error, true);
          return;
        }
      }
      await this.search('retry');
    }
    if ((this.phase as string) === 'ready') {
      // The retry button is gone: focus moves to the result count the person asked for.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#count')?.focus();
    }
  }

  /** Asks for the next page; focus then moves to the first new result. */
  showMore(): Promise<void> {
    return this.search('filter', true);
  }

  /** Searches again (the retry button does the same). */
  refresh(): Promise<void> {
    return this.phase === 'error' ? this.retry() : this.search('submit');
  }

  /* ---------- rendering ---------- */

  override render() {
    const active = activeFilters(this.view);
    return html`
      ${this.announcer.region()}
      <div class="layout">
        <search part="search" class="search">
          <form @submit=${this.onSubmit} novalidate>
            ${this.renderField()}
            <button
              type="button"
              class="button button--secondary filters-toggle"
              aria-expanded=${this.filtersOpen ? 'true' : 'false'}
              aria-controls="filters"
              @click=${() => (this.filtersOpen = !this.filtersOpen)}
            >
              ${this.msg('filtersToggle', active)}
            </button>
            <div part="filters" id="filters" class="filters ${this.filtersOpen ? 'open' : ''}">
              <p class="filters-heading">${this.msg('filtersHeading')}</p>
              ${this.renderArea()} ${this.renderForms()} ${this.renderLanguages()} ${this.renderAccessibility()} ${this.renderOther()}
              <button type="button" class="button button--secondary" @click=${() => this.clearFilters()}>${this.msg('clearFilters')}</button>
            </div>
          </form>
        </search>
        <div class="main">${this.renderTools()} ${this.renderBody()}</div>
      </div>
    `;
  }

  private renderField() {
    const place = this.placeMatch();
    return html`
      <div class="field">
        <label for="q">${this.msg('searchLabel')}</label>
        <p class="hint" id="q-hint">${this.msg('searchHint')}</p>
        <div class="field-row">
          <input id="q" type="search" name="q" autocomplete="off" maxlength="200" aria-describedby="q-hint" .value=${this.view.text} @input=${this.onInput} />
          <button class="button" type="submit">${this.msg('searchButton')}</button>
        </div>
        ${place
          ? html`<button type="button" class="link-button" @click=${() => this.setView({ text: '', municipalities: [place.value], regions: [] })}>
              ${this.msg('placeSuggestion', place.name)}
            </button>`
          : nothing}
      </div>
    `;
  }

  /**
   * A typed place: when the text is the name of a municipality in the data (in any
   * language, forgiving ä/ö/å), offer to filter by it. Text search already finds
   * providers by their municipality's name; the filter also brings in those that serve
   * the municipality without an address there. Offered, not done, so typing never
   * changes the filters behind the person's back (WCAG 3.2.2).
   */
  private placeMatch(): { value: string; name: string } | undefined {
    const text = foldText(this.view.text).trim();
    if (text.length < 3 || this.view.municipalities.length) return undefined;
    for (const f of this.facets?.municipalities ?? []) {
      if (!f.label) continue;
      if (Object.values(f.label).some((name) => name && foldText(name) === text)) {
        return { value: f.value, name: pickText(f.label, this.resolvedLang)?.text ?? f.value };
      }
    }
    return undefined;
  }

  private label(f: FacetCount): string {
    return pickText(f.label, this.resolvedLang)?.text ?? f.value;
  }

  private renderArea() {
    const collator = new Intl.Collator(this.resolvedLang);
    const regions = [...(this.facets?.regions ?? [])];
    const municipalities = [...(this.facets?.municipalities ?? [])].sort((a, b) => collator.compare(this.label(a), this.label(b)));
    const chosen = this.view.municipalities[0] ? `m:${this.view.municipalities[0]}` : this.view.regions[0] ? `r:${this.view.regions[0]}` : '';
    // A preset or shared code the data does not know still shows as chosen.
    if (this.view.municipalities[0] && !municipalities.some((m) => m.value === this.view.municipalities[0])) {
      municipalities.unshift({ value: this.view.municipalities[0], count: 0 });
    }
    if (this.view.regions[0] && !regions.some((r) => r.value === this.view.regions[0])) regions.unshift({ value: this.view.regions[0], count: 0 });
    const option = (prefix: string, f: FacetCount) =>
      html`<option value="${prefix}${f.value}" ?selected=${chosen === `${prefix}${f.value}`}>${this.msg('optionCount', this.label(f), f.count)}</option>`;
    return html`
      <div class="group">
        <label for="area" class="group-label">${this.msg('areaLabel')}</label>
        <select id="area" .value=${chosen} @change=${this.onArea}>
          <option value="" ?selected=${chosen === ''}>${this.msg('areaAll')}</option>
          ${regions.length ? html`<optgroup label=${this.msg('areaRegions')}>${regions.map((r) => option('r:', r))}</optgroup>` : nothing}
          ${municipalities.length ? html`<optgroup label=${this.msg('areaMunicipalities')}>${municipalities.map((m) => option('m:', m))}</optgroup>` : nothing}
        </select>
      </div>
    `;
  }

  private checkbox(id: string, label: string, checked: boolean, change: (on: boolean) => void, lang?: string) {
    return html`<div class="check">
      <input type="checkbox" id=${id} .checked=${checked} @change=${(e: Event) => change((e.target as HTMLInputElement).checked)} />
      <label for=${id} lang=${lang ?? nothing}>${label}</label>
    </div>`;
  }

  private renderForms() {
    return html`
      <fieldset class="group">
        <legend class="group-label">${this.msg('formsLegend')}</legend>
        ${FORM_GROUPS.map(
          ([group, forms]) => html`
            <fieldset class="subgroup">
              <legend>${this.msg(group)}</legend>
              ${forms.map((f) => this.checkbox(`form-${f}`, capitalize(this.msg('form', f)), this.view.forms.includes(f), (on) => this.toggle('forms', f, on)))}
            </fieldset>
          `,
        )}
      </fieldset>
    `;
  }

  private renderLanguages() {
    const present = new Set([...(this.facets?.languages ?? []).map((f) => f.value), ...this.view.languages]);
    const known = LANGUAGE_ORDER.filter((l) => present.has(l));
    const collator = new Intl.Collator(this.resolvedLang);
    const others = [...present].filter((l) => !LANGUAGE_ORDER.includes(l)).sort((a, b) => collator.compare(this.msg('language', a), this.msg('language', b)));
    const languages = [...known, ...others];
    if (!languages.length) return nothing;
    return html`
      <fieldset class="group">
        <legend class="group-label">${this.msg('languagesLegend')}</legend>
        ${languages.map((l) => this.checkbox(`lang-${l}`, capitalize(this.msg('language', l)), this.view.languages.includes(l), (on) => this.toggle('languages', l, on)))}
      </fieldset>
    `;
  }

  private renderAccessibility() {
    return html`
      <fieldset class="group">
        <legend class="group-label">${this.msg('accessibilityLegend')}</legend>
        ${ACCESSIBILITY_FEATURES.map((f) =>
          this.checkbox(`access-${f}`, capitalize(this.msg('feature', f)), this.view.accessibility.includes(f), (on) => this.toggle('accessibility', f, on)),
        )}
      </fieldset>
    `;
  }

  private renderOther() {
    return html`
      <fieldset class="group">
        <legend class="group-label">${this.msg('otherLegend')}</legend>
        ${this.checkbox('free', this.msg('free'), this.view.free, (on) => this.setView({ free: on }))}
        ${this.checkbox('open-now', this.msg('openNow'), this.view.openNow, (on) => this.setView({ openNow: on }))}
      </fieldset>
    `;
  }

  private renderTools() {
    const sort = this.sortInUse;
    return html`
      <div class="tools">
        <div class="location">
          <button type="button" class="button button--secondary" aria-disabled=${this.locating ? 'true' : 'false'} @click=${this.onLocation}>
            ${this.near ? this.msg('forgetLocation') : this.msg('nearMe')}
          </button>
          ${this.locating ? html`<p class="muted">${this.msg('locating')}</p>` : nothing}
          ${this.near ? html`<p class="muted">${this.msg('locationInUse')}</p>` : nothing}
          ${this.locationProblem ? html`<p class="problem">${this.msg('locationProblem', this.locationProblem)}</p>` : nothing}
        </div>
        <div class="sort">
          <label for="sort">${this.msg('sortLabel')}</label>
          <select id="sort" .value=${sort} @change=${(e: Event) => this.setView({ sort: (e.target as HTMLSelectElement).value as ProviderSort })}>
            ${this.view.text.trim() ? html`<option value="relevance" ?selected=${sort === 'relevance'}>${this.msg('sortRelevance')}</option>` : nothing}
            <option value="name" ?selected=${sort === 'name'}>${this.msg('sortName')}</option>
            ${this.near ? html`<option value="distance" ?selected=${sort === 'distance'}>${this.msg('sortDistance')}</option>` : nothing}
          </select>
        </div>
      </div>
    `;
  }

  private altChannelLink() {
    if (isServer || !this.isConnected) return nothing;
    const root = this.getRootNode() as Document | ShadowRoot;
    const notice = root.querySelector?.('auta-alt-channel-notice[id]');
    if (!notice) return nothing;
    return html`<p><a href="#${notice.id}">${this.msg('altChannels')}</a></p>`;
  }

  private renderBody() {
    if (this.phase === 'error' && this.problem) {
      const { kind, alert } = this.problem;
      return html`
        <div part="error" class="error" role=${alert ? 'alert' : nothing}>
          <p class="error-heading">${this.msg('errorHeading')}</p>
          <p>${this.msg('loadProblem', kind)}</p>
        </div>
        <p><button type="button" class="button" @click=${this.retry}>${this.msg('retry')}</button></p>
        ${this.altChannelLink()}
      `;
    }
    if (this.phase === 'loading' && !this.items.length) {
      return html`<p class="loading" part="status" aria-busy="true">${this.msg('loading')}</p>`;
    }
    const hasMore = this.items.length < this.total;
    return html`
      <p part="status" class="count" id="count" tabindex="-1">${this.total === 0 ? this.msg('emptyHeading') : this.msg('found', this.total)}</p>
      ${this.searchedFor && this.total ? html`<p class="muted searched-for">${this.msg('searchedFor', this.searchedFor)}</p>` : nothing}
      ${this.slow ? html`<p class="muted">${this.msg('updating')}</p>` : nothing}
      ${this.usingSample ? html`<p class="muted">${this.msg('sampleNote')}</p>` : nothing}
      ${this.skipped ? html`<p class="muted partial">${this.msg('partial', this.skipped)}</p>` : nothing}
      ${this.total === 0
        ? this.renderEmpty()
        : html`
            <ol part="results" class="results" aria-label=${this.msg('resultsLabel')} aria-busy=${this.busy ? 'true' : 'false'}>
              ${repeat(
                this.items,
                (hit) => hit.provider.id,
                (hit) => html`<li part="result">
                  <auta-provider-card
                    .provider=${hit.provider}
                    .distanceKm=${hit.distanceKm}
                    .now=${this.now}
                    .messages=${this.messages}
                    heading-level=${this.headingLevel}
                  ></auta-provider-card>
                </li>`,
              )}
            </ol>
            ${hasMore
              ? html`<p class="more">
                  <button type="button" part="more" class="button button--secondary" @click=${() => this.showMore()}>${this.msg('showMore')}</button>
                  <span class="muted">${this.msg('showing', this.items.length, this.total)}</span>
                </p>`
              : nothing}
          `}
    `;
  }

  private renderEmpty() {
    const filters = activeFilters(this.view) > 0;
    const heading = headingTag(this.headingLevel);
    return html`
      <div part="empty" class="empty">
        <p>${this.msg('emptyText')}</p>
        ${filters
          ? html`<p>${this.msg('emptyWithFilters')}</p>
              <p><button type="button" class="button" @click=${() => this.clearFilters(true)}>${this.msg('clearFilters')}</button></p>`
          : nothing}
        ${this.remote.length
          ? staticHtml`<${heading} class="remote-heading">${this.msg('remoteHeading')}</${heading}>
              <p>${this.msg('remoteText')}</p>
              <ul class="results remote">
                ${this.remote.map(
                  (hit) => html`<li>
                    <auta-provider-card .provider=${hit.provider} .now=${this.now} .messages=${this.messages} heading-level=${Math.min(6, this.headingLevel + 1)}></auta-provider-card>
                  </li>`,
                )}
              </ul>`
          : nothing}
        ${this.altChannelLink()}
      </div>
    `;
  }
}

/** Records the source skipped as invalid (each counted once), for the "could not be shown" note. */
function countSkipped(source: ProviderSource): number {
  const skipped = new Set<number>();
  for (const p of source.problems ?? []) if (p.effect === 'record' && p.index >= 0) skipped.add(p.index);
  return skipped.size;
}
