/**
 * `<auta-provider-finder>`: the element's properties, events and render. What it does
 * (the source, its requests, timers, the page URL and location) is in its controller,
 * `provider-finder.controller.ts`; the filter groups and the result side are template
 * functions in `provider-finder.filters.ts` and `provider-finder.results.ts`.
 */
import { AnnouncerController, AutaElement, baseStyles, buttonStyles } from '@auta/core';
import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { ProviderInput, ProviderSource } from './data/index.js';
import { loadProviderFinderCopy, providerFinderCatalog, type ProviderFinderMessages } from './messages.js';
import { FinderController } from './provider-finder.controller.js';
import { filterGroups, placeMatch } from './provider-finder.filters.js';
import { body, tools } from './provider-finder.results.js';
import { providerFinderStyles } from './provider-finder.styles.js';
import { activeFilters } from './url-state.js';

import type { SearchEventDetail } from './provider-finder.state.js';

export type { SearchEventDetail, SearchFilters } from './provider-finder.state.js';

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
  protected override readonly loadCopy = loadProviderFinderCopy;

  protected readonly announcer = new AnnouncerController(this);


  static override properties: PropertyDeclarations = {
    source: { attribute: false },
    providers: { attribute: false },
    src: {},
    municipality: {},
    region: {},
    supportForms: { attribute: 'support-forms' },
    languages: {},
    includeNationwide: { attribute: 'include-nationwide', type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
    pageSize: { attribute: 'page-size', type: Number },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    searchDelay: { attribute: 'search-delay', type: Number },
    now: { attribute: false },
    filtersOpen: { state: true },
  };

  /** Any `ProviderSource`: e.g. `new RemoteSource(url)`. Wins over `providers` and `src`. */
  source?: ProviderSource;

  /** Providers in the finder's format (validated: invalid records are skipped and counted). Wins over `src`. */
  providers?: readonly ProviderInput[];

  /** URL of a JSON file in the finder's format. */
  src?: string;

  /** Preset: a municipality code (`853` for Turku). The person can change it. */
  municipality?: string;

  /** Preset: a region code (`02` for Southwest Finland). Ignored when `municipality` is set. */
  region?: string;

  /** Preset: forms of support, space-separated (`phone chat video`). */
  supportForms?: string;

  /** Preset: languages, space-separated codes (`sv se`). */
  languages?: string;

  /** With a municipality or region, also list providers that serve the whole country (phone, chat …). */
  includeNationwide = false;

  /** Level of each result's heading, 2 to 6. */
  headingLevel = 2;

  /** Results per page ("Show more" adds as many again), 1 to 100. */
  pageSize = 20;

  /** Keep the query and filters in the page URL, so a link can be shared and Back works. */
  syncUrl = false;

  /**
   * Milliseconds to wait after a keystroke before searching. Default: none for data held in
   * the page (it answers in milliseconds), 150 for other sources (one request per pause).
   */
  searchDelay?: number;

  /** The moment "open now" is judged at. Default: the current time. */
  now?: Date;

  private filtersOpen = false;

  private readonly finder = new FinderController(this, this.announcer, (key, ...args) => this.msg(key, ...args), (detail) =>
    this.dispatchEvent(new CustomEvent<SearchEventDetail>('auta-search', { detail, bubbles: true, composed: true })),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.finder.willUpdate(changed);
  }

  /** Asks for the next page; focus then moves to the first new result. */
  showMore(): Promise<void> {
    return this.finder.showMore();
  }

  /** Searches again (the retry button does the same). */
  refresh(): Promise<void> {
    return this.finder.refresh();
  }

  override render() {
    const f = this.finder;
    const { view } = f;
    const place = placeMatch(f, this.resolvedLang);
    return html`
      ${this.announcer.region()}
      <div class="layout">
        <search part="search" class="search">
          <form @submit=${this.onSubmit} novalidate>
            <div class="field">
              <label for="q">${this.msg('searchLabel')}</label>
              <p class="hint" id="q-hint">${this.msg('searchHint')}</p>
              <div class="field-row">
                <input id="q" type="search" name="q" autocomplete="off" maxlength="200" aria-describedby="q-hint" .value=${view.text} @input=${this.onInput} />
                <button class="button" type="submit">${this.msg('searchButton')}</button>
              </div>
              ${place
                ? html`<button type="button" class="link-button" @click=${() => f.setView({ text: '', municipalities: [place.value], regions: [] })}>
                    ${this.msg('placeSuggestion', place.name)}
                  </button>`
                : nothing}
            </div>
            <button
              type="button"
              class="button button--secondary filters-toggle"
              aria-expanded=${this.filtersOpen ? 'true' : 'false'}
              aria-controls="filters"
              @click=${() => (this.filtersOpen = !this.filtersOpen)}
            >
              ${this.msg('filtersToggle', activeFilters(view))}
            </button>
            <div part="filters" id="filters" class="filters ${this.filtersOpen ? 'open' : ''}">
              <p class="filters-heading">${this.msg('filtersHeading')}</p>
              ${filterGroups(f, this.resolvedLang)}
              <button type="button" class="button button--secondary" @click=${() => f.clearFilters()}>${this.msg('clearFilters')}</button>
            </div>
          </form>
        </search>
        <div class="main">${tools(f)} ${body(f, this)}</div>
      </div>
    `;
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
