/**
 * The finder's result side as small template functions: the tools above the list (the
 * location button and the order) and the body in each of its states (loading, error with
 * a retry, the count and its notes, the list of cards with "Show more", the empty state
 * that offers remote support). They read the controller's state and hand the person's
 * actions back to it; the element gives the cards' settings.
 */
import { headingLevel, headingTag, type MessageOverrides } from '@auta/core';
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { ProviderSort } from './data/index.js';
import type { ProviderFinderMessages } from './messages.js';
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
  return html`
    <div class="tools">
      <div class="location">
        <button type="button" class="button button--secondary" aria-disabled=${f.locating ? 'true' : 'false'} @click=${() => void f.toggleLocation()}>
          ${f.near ? f.msg('forgetLocation') : f.msg('nearMe')}
        </button>
        ${f.locating ? html`<p class="muted">${f.msg('locating')}</p>` : nothing}
        ${f.near ? html`<p class="muted">${f.msg('locationInUse')}</p>` : nothing}
        ${f.locationProblem ? html`<p class="problem">${f.msg('locationProblem', f.locationProblem)}</p>` : nothing}
      </div>
      <div class="sort">
        <label for="sort">${f.msg('sortLabel')}</label>
        <select id="sort" .value=${f.sort} @change=${(e: Event) => f.setView({ sort: (e.target as HTMLSelectElement).value as ProviderSort })}>
          ${f.view.text.trim() ? html`<option value="relevance" ?selected=${f.sort === 'relevance'}>${f.msg('sortRelevance')}</option>` : nothing}
          <option value="name" ?selected=${f.sort === 'name'}>${f.msg('sortName')}</option>
          ${f.near ? html`<option value="distance" ?selected=${f.sort === 'distance'}>${f.msg('sortDistance')}</option>` : nothing}
        </select>
      </div>
    </div>
  `;
}

/** The error, the loading line, or the count with its notes and the results. */
export function body(f: FinderController, host: CardSettings): TemplateResult {
  if (f.phase === 'error' && f.problem) {
    return html`
      <div part="error" class="error" role=${f.problem.alert ? 'alert' : nothing}>
        <p class="error-heading">${f.msg('errorHeading')}</p>
        <p>${f.msg('loadProblem', f.problem.kind)}</p>
      </div>
      <p><button type="button" class="button" @click=${() => void f.retry()}>${f.msg('retry')}</button></p>
      ${altChannelLink(f, host)}
    `;
  }
  if (f.phase === 'loading' && !f.items.length) {
    return html`<p class="loading" part="status" aria-busy="true">${f.msg('loading')}</p>`;
  }
  const hasMore = f.items.length < f.total;
  return html`
    <p part="status" class="count" id="count" tabindex="-1">${f.total === 0 ? f.msg('emptyHeading') : f.msg('found', f.total)}</p>
    ${f.searchedFor && f.total ? html`<p class="muted searched-for">${f.msg('searchedFor', f.searchedFor)}</p>` : nothing}
    ${f.slow ? html`<p class="muted">${f.msg('updating')}</p>` : nothing}
    ${f.usingSample ? html`<p class="muted">${f.msg('sampleNote')}</p>` : nothing}
    ${f.skipped ? html`<p class="muted partial">${f.msg('partial', f.skipped)}</p>` : nothing}
    ${f.total === 0
      ? empty(f, host)
      : html`
          <ol part="results" class="results" aria-label=${f.msg('resultsLabel')} aria-busy=${f.busy ? 'true' : 'false'}>
            ${repeat(
              f.items,
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
                <button type="button" part="more" class="button button--secondary" aria-disabled=${String(f.busy)} @click=${() => void f.showMore()}>${f.msg('showMore')}</button>
                <span class="muted">${f.msg('showing', f.items.length, f.total)}</span>
              </p>`
            : nothing}
        `}
  `;
}

/** Nothing found: what to do next, nationwide remote support, and the other channels. */
function empty(f: FinderController, host: CardSettings): TemplateResult {
  const heading = headingTag(headingLevel(host.headingLevel));
  return html`
    <div part="empty" class="empty">
      <p>${f.msg('emptyText')}</p>
      ${activeFilters(f.view) > 0
        ? html`<p>${f.msg('emptyWithFilters')}</p>
            <p><button type="button" class="button" @click=${() => f.clearFilters(true)}>${f.msg('clearFilters')}</button></p>`
        : nothing}
      ${f.remote.length
        ? staticHtml`<${heading} class="remote-heading">${f.msg('remoteHeading')}</${heading}>
            <p>${f.msg('remoteText')}</p>
            <ul class="results remote">
              ${f.remote.map(
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
  return html`<p><a href="#${notice.id}">${f.msg('altChannels')}</a></p>`;
}
