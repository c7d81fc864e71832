/**
 * `<auta-provider-finder>`: the element's properties, events and render. What it does
 * (the source, its requests, timers, the page URL and location) is in its controller,
 * `provider-finder.controller.ts`; the filter groups and the result side are template
 * functions in `provider-finder.filters.ts` and `provider-finder.results.ts`.
 */
import { AnnouncerController, AutaElement, baseStyles, buttonStyles } from '@auta/core';
import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ProviderInput, ProviderSource } from './data/index.js';
import { providerFinderCatalog, type ProviderFinderMessages } from './messages.js';
import type { AutaProviderCard } from './provider-card.js';
import { FinderController, type Say, type SearchEventDetail } from './provider-finder.controller.js';
import { body, filterGroups, placeMatch, tools, type ResultsContext } from './provider-finder.templates.js';
import { providerFinderStyles } from './provider-finder.styles.js';
import { activeFilters } from './url-state.js';

export type { SearchEventDetail, SearchFilters } from './provider-finder.controller.js';

declare global {
  interface HTMLElementEventMap {
    'auta-search': CustomEvent<SearchEventDetail>;
  }
}

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

  @state() private filtersOpen = false;

  private readonly say: Say = (key, ...args) => this.msg(key, ...args);

  private readonly finder = new FinderController(this, this.announcer, this.say, (detail) =>
    this.dispatchEvent(new CustomEvent<SearchEventDetail>('auta-search', { detail, bubbles: true, composed: true })),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.finder.willUpdate(changed);
  }

  /** Asks for the next page; focus then moves to the first new result. */
  async showMore(): Promise<void> {
    const first = await this.finder.search('filter', true);
    if (first === undefined) return;
    await this.updateComplete;
    const card = this.renderRoot.querySelectorAll<AutaProviderCard>('.results > li > auta-provider-card')[first];
    if (!card) return;
    await card.updateComplete;
    card.focusHeading();
  }

  /** Searches again (the retry button does the same). */
  async refresh(): Promise<void> {
    if (this.finder.phase === 'error') await this.retry();
    else await this.finder.search('submit');
  }

  private async retry(): Promise<void> {
    if (!(await this.finder.retry())) return;
    // The retry button is gone: focus moves to the result count the person asked for.
    await this.updateComplete;
    this.focusCount();
  }

  private focusCount(): void {
    this.renderRoot.querySelector<HTMLElement>('#count')?.focus();
  }

  /* ---------- rendering ---------- */

  override render() {
    const finder = this.finder;
    const { view, facets } = finder;
    const say = this.say;
    const lang = this.resolvedLang;
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
              ${say('filtersToggle', activeFilters(view))}
            </button>
            <div part="filters" id="filters" class="filters ${this.filtersOpen ? 'open' : ''}">
              <p class="filters-heading">${say('filtersHeading')}</p>
              ${filterGroups({ say, lang, view, facets, finder })}
              <button type="button" class="button button--secondary" @click=${() => finder.clearFilters()}>${say('clearFilters')}</button>
            </div>
          </form>
        </search>
        <div class="main">${this.renderResults()}</div>
      </div>
    `;
  }

  private renderField() {
    const { view, facets } = this.finder;
    const place = placeMatch(view, facets, this.resolvedLang);
    return html`
      <div class="field">
        <label for="q">${this.msg('searchLabel')}</label>
        <p class="hint" id="q-hint">${this.msg('searchHint')}</p>
        <div class="field-row">
          <input id="q" type="search" name="q" autocomplete="off" maxlength="200" aria-describedby="q-hint" .value=${view.text} @input=${this.onInput} />
          <button class="button" type="submit">${this.msg('searchButton')}</button>
        </div>
        ${place
          ? html`<button type="button" class="link-button" @click=${() => this.finder.setView({ text: '', municipalities: [place.value], regions: [] })}>
              ${this.msg('placeSuggestion', place.name)}
            </button>`
          : nothing}
      </div>
    `;
  }

  private renderResults() {
    const finder = this.finder;
    const c: ResultsContext = {
      say: this.say,
      state: finder,
      sort: finder.sort,
      headingLevel: this.headingLevel,
      now: this.now,
      messages: this.messages,
      altChannels: () => this.altChannelLink(),
      onLocation: () => void finder.toggleLocation(),
      onSort: (sort) => finder.setView({ sort }),
      onRetry: () => void this.retry(),
      onMore: () => void this.showMore(),
      onClear: () => {
        finder.clearFilters();
        // The button that was pressed is gone with the empty state: focus goes to the new count.
        void this.updateComplete.then(() => this.focusCount());
      },
    };
    return html`${tools(c)} ${body(c)}`;
  }

  private altChannelLink() {
    if (isServer || !this.isConnected) return nothing;
    const root = this.getRootNode() as Document | ShadowRoot;
    const notice = root.querySelector?.('auta-alt-channel-notice[id]');
    if (!notice) return nothing;
    return html`<p><a href="#${notice.id}">${this.msg('altChannels')}</a></p>`;
  }

  private onInput(e: Event): void {
    this.finder.type((e.target as HTMLInputElement).value);
  }

  private onSubmit(e: Event): void {
    // Results already follow typing; Enter searches at once and never reloads the page.
    e.preventDefault();
    this.finder.submit(this.renderRoot.querySelector<HTMLInputElement>('#q')?.value);
  }
}
