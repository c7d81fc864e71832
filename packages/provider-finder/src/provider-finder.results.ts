/**
 * The finder's result side as small template functions: the tools above the list (the
 * location button and the order) and the body in each of its states (loading, error with
 * a retry, the count and its notes, the list of cards with "Show more", the empty state
 * that offers remote support). They read the controller's state and hand the person's
 * actions back to it; the element gives the cards' settings.
 */
import type { MessageOverrides } from '@auta/core';
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { ProviderSort } from './data/index.js';
import type { ProviderFinderMessages } from './messages.js';
import { headingTag } from './provider-card.js';
import type { FinderController } from './provider-finder.controller.js';
import { activeFilters } from './url-state.js';

/** What the result cards take from the element. */
export interface CardSettings extends HTMLElement {
  readonly headingLevel: number;
  readonly now?: Date | undefined;
  readonly messages?: MessageOverrides<ProviderFinderMessages> | undefined;
}

/** The location button with its status lines, and the order of the results. */
export function tools(f: FinderController): TemplateResult {
  const { say, near, locating, locationProblem, view, sort } = f;
  return html`
    <div class="tools">
      <div class="location">
        <button type="button" class="button button--secondary" aria-disabled=${locating ? 'true' : 'false'} @click=${() => void f.toggleLocation()}>
          ${near ? say('forgetLocation') : say('nearMe')}
        </button>
        ${locating ? html`<p class="muted">${say('locating')}</p>` : nothing}
        ${near ? html`<p class="muted">${say('locationInUse')}</p>` : nothing}
        ${locationProblem ? html`<p class="problem">${say('locationProblem', locationProblem)}</p>` : nothing}
      </div>
      <div class="sort">
        <label for="sort">${say('sortLabel')}</label>
        <select id="sort" .value=${sort} @change=${(e: Event) => f.setView({ sort: (e.target as HTMLSelectElement).value as ProviderSort })}>
          ${view.text.trim() ? html`<option value="relevance" ?selected=${sort === 'relevance'}>${say('sortRelevance')}</option>` : nothing}
          <option value="name" ?selected=${sort === 'name'}>${say('sortName')}</option>
          ${near ? html`<option value="distance" ?selected=${sort === 'distance'}>${say('sortDistance')}</option>` : nothing}
        </select>
      </div>
    </div>
  `;
}

/** The error, the loading line, or the count with its notes and the results. */
export function body(f: FinderController, host: CardSettings): TemplateResult {
  const { say, phase, problem, items, total } = f;
  if (phase === 'error' && problem) {
    return html`
      <div part="error" class="error" role=${problem.alert ? 'alert' : nothing}>
        <p class="error-heading">${say('errorHeading')}</p>
        <p>${say('loadProblem', problem.kind)}</p>
      </div>
      <p><button type="button" class="button" @click=${() => void f.retry()}>${say('retry')}</button></p>
      ${altChannelLink(f, host)}
    `;
  }
  if (phase === 'loading' && !items.length) {
    return html`<p class="loading" part="status" aria-busy="true">${say('loading')}</p>`;
  }
  const hasMore = items.length < total;
  return html`
    <p part="status" class="count" id="count" tabindex="-1">${total === 0 ? say('emptyHeading') : say('found', total)}</p>
    ${f.searchedFor && total ? html`<p class="muted searched-for">${say('searchedFor', f.searchedFor)}</p>` : nothing}
    ${f.slow ? html`<p class="muted">${say('updating')}</p>` : nothing}
    ${f.usingSample ? html`<p class="muted">${say('sampleNote')}</p>` : nothing}
    ${f.skipped ? html`<p class="muted partial">${say('partial', f.skipped)}</p>` : nothing}
    ${total === 0
      ? empty(f, host)
      : html`
          <ol part="results" class="results" aria-label=${say('resultsLabel')} aria-busy=${f.busy ? 'true' : 'false'}>
            ${repeat(
              items,
              (hit) => hit.provider.id,
              (hit) => html`<li part="result">
                <auta-provider-card
                  .provider=${hit.provider}
                  .distanceKm=${hit.distanceKm}
                  .now=${host.now}
                  .messages=${host.messages}
                  heading-level=${host.headingLevel}
                ></auta-provider-card>
              </li>`,
            )}
          </ol>
          ${hasMore
            ? html`<p class="more">
                <button type="button" part="more" class="button button--secondary" @click=${() => void f.showMore()}>${say('showMore')}</button>
                <span class="muted">${say('showing', items.length, total)}</span>
              </p>`
            : nothing}
        `}
  `;
}

/** Nothing found: what to do next, nationwide remote support, and the other channels. */
function empty(f: FinderController, host: CardSettings): TemplateResult {
  const { say, remote } = f;
  const heading = headingTag(host.headingLevel);
  return html`
    <div part="empty" class="empty">
      <p>${say('emptyText')}</p>
      ${activeFilters(f.view) > 0
        ? html`<p>${say('emptyWithFilters')}</p>
            <p><button type="button" class="button" @click=${() => f.clearFilters(true)}>${say('clearFilters')}</button></p>`
        : nothing}
      ${remote.length
        ? staticHtml`<${heading} class="remote-heading">${say('remoteHeading')}</${heading}>
            <p>${say('remoteText')}</p>
            <ul class="results remote">
              ${remote.map(
                (hit) => html`<li>
                  <auta-provider-card .provider=${hit.provider} .now=${host.now} .messages=${host.messages} heading-level=${Math.min(6, host.headingLevel + 1)}></auta-provider-card>
                </li>`,
              )}
            </ul>`
        : nothing}
      ${altChannelLink(f, host)}
    </div>
  `;
}

/** A link to the page's alternative-channel notice, when the page has one with an id. */
function altChannelLink(f: FinderController, host: HTMLElement): TemplateResult | typeof nothing {
  if (isServer || !host.isConnected) return nothing;
  const root = host.getRootNode() as Document | ShadowRoot;
  const notice = root.querySelector?.('auta-alt-channel-notice[id]');
  if (!notice) return nothing;
  return html`<p><a href="#${notice.id}">${f.say('altChannels')}</a></p>`;
}
