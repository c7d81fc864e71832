/**
 * The finder's result side as small template functions: the tools above the list (the
 * location button and the order), and the body in each of its states (loading, error with
 * a retry, the count and its notes, the list of cards with "Show more", and the empty
 * state that offers remote support). They read the controller's state and call back into
 * the element, which owns focus and the cards' settings.
 */
import type { MessageOverrides } from '@auta/core';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { ProviderSort } from './data/index.js';
import type { ProviderFinderMessages } from './messages.js';
import { headingTag } from './provider-card.js';
import type { FinderSnapshot, Say } from './provider-finder.controller.js';
import { activeFilters } from './url-state.js';

/** What the result side reads, and the element's answers to the person's actions. */
export interface ResultsContext {
  readonly say: Say;
  readonly state: Readonly<FinderSnapshot>;
  readonly sort: ProviderSort;
  readonly headingLevel: number;
  readonly now: Date | undefined;
  readonly messages: MessageOverrides<ProviderFinderMessages> | undefined;
  /** A link to the page's alternative-channel notice, when there is one (looked up only when shown). */
  altChannels(): TemplateResult | typeof nothing;
  onLocation(): void;
  onSort(sort: ProviderSort): void;
  onRetry(): void;
  onMore(): void;
  /** Clears the filters from the empty state (focus then moves to the new count). */
  onClear(): void;
}

/** The location button with its status lines, and the order of the results. */
export function tools({ say, state, sort, onLocation, onSort }: ResultsContext): TemplateResult {
  const { near, locating, locationProblem, view } = state;
  return html`
    <div class="tools">
      <div class="location">
        <button type="button" class="button button--secondary" aria-disabled=${locating ? 'true' : 'false'} @click=${onLocation}>
          ${near ? say('forgetLocation') : say('nearMe')}
        </button>
        ${locating ? html`<p class="muted">${say('locating')}</p>` : nothing}
        ${near ? html`<p class="muted">${say('locationInUse')}</p>` : nothing}
        ${locationProblem ? html`<p class="problem">${say('locationProblem', locationProblem)}</p>` : nothing}
      </div>
      <div class="sort">
        <label for="sort">${say('sortLabel')}</label>
        <select id="sort" .value=${sort} @change=${(e: Event) => onSort((e.target as HTMLSelectElement).value as ProviderSort)}>
          ${view.text.trim() ? html`<option value="relevance" ?selected=${sort === 'relevance'}>${say('sortRelevance')}</option>` : nothing}
          <option value="name" ?selected=${sort === 'name'}>${say('sortName')}</option>
          ${near ? html`<option value="distance" ?selected=${sort === 'distance'}>${say('sortDistance')}</option>` : nothing}
        </select>
      </div>
    </div>
  `;
}

/** The error, the loading line, or the count with its notes and the results. */
export function body(c: ResultsContext): TemplateResult {
  const { say, state, headingLevel } = c;
  const { phase, problem, items, total } = state;
  if (phase === 'error' && problem) {
    return html`
      <div part="error" class="error" role=${problem.alert ? 'alert' : nothing}>
        <p class="error-heading">${say('errorHeading')}</p>
        <p>${say('loadProblem', problem.kind)}</p>
      </div>
      <p><button type="button" class="button" @click=${c.onRetry}>${say('retry')}</button></p>
      ${c.altChannels()}
    `;
  }
  if (phase === 'loading' && !items.length) {
    return html`<p class="loading" part="status" aria-busy="true">${say('loading')}</p>`;
  }
  const hasMore = items.length < total;
  return html`
    <p part="status" class="count" id="count" tabindex="-1">${total === 0 ? say('emptyHeading') : say('found', total)}</p>
    ${state.searchedFor && total ? html`<p class="muted searched-for">${say('searchedFor', state.searchedFor)}</p>` : nothing}
    ${state.slow ? html`<p class="muted">${say('updating')}</p>` : nothing}
    ${state.usingSample ? html`<p class="muted">${say('sampleNote')}</p>` : nothing}
    ${state.skipped ? html`<p class="muted partial">${say('partial', state.skipped)}</p>` : nothing}
    ${total === 0
      ? empty(c)
      : html`
          <ol part="results" class="results" aria-label=${say('resultsLabel')} aria-busy=${state.busy ? 'true' : 'false'}>
            ${repeat(
              items,
              (hit) => hit.provider.id,
              (hit) => html`<li part="result">
                <auta-provider-card
                  .provider=${hit.provider}
                  .distanceKm=${hit.distanceKm}
                  .now=${c.now}
                  .messages=${c.messages}
                  heading-level=${headingLevel}
                ></auta-provider-card>
              </li>`,
            )}
          </ol>
          ${hasMore
            ? html`<p class="more">
                <button type="button" part="more" class="button button--secondary" @click=${c.onMore}>${say('showMore')}</button>
                <span class="muted">${say('showing', items.length, total)}</span>
              </p>`
            : nothing}
        `}
  `;
}

/** Nothing found: what to do next, nationwide remote support, and the other channels. */
function empty({ say, state, headingLevel, now, messages, altChannels, onClear }: ResultsContext): TemplateResult {
  const heading = headingTag(headingLevel);
  return html`
    <div part="empty" class="empty">
      <p>${say('emptyText')}</p>
      ${activeFilters(state.view) > 0
        ? html`<p>${say('emptyWithFilters')}</p>
            <p><button type="button" class="button" @click=${onClear}>${say('clearFilters')}</button></p>`
        : nothing}
      ${state.remote.length
        ? staticHtml`<${heading} class="remote-heading">${say('remoteHeading')}</${heading}>
            <p>${say('remoteText')}</p>
            <ul class="results remote">
              ${state.remote.map(
                (hit) => html`<li>
                  <auta-provider-card .provider=${hit.provider} .now=${now} .messages=${messages} heading-level=${Math.min(6, headingLevel + 1)}></auta-provider-card>
                </li>`,
              )}
            </ul>`
        : nothing}
      ${altChannels()}
    </div>
  `;
}
