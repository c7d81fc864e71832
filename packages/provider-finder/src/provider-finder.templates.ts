/**
 * The finder's render pieces as small template functions. The filter groups: the area (one
 * native select of regions and municipalities), the forms of support, the languages, the
 * accessibility of the premises and the rest (free of charge, open now). The result side:
 * the tools above the list (the location button and the order) and the body in each of
 * its states (loading, error with a retry, the count and its notes, the list of cards with
 * "Show more", the empty state that offers remote support). They read the controller's
 * state and hand the person's actions back; none holds state of its own.
 */
import { pickText, type Lang, type MessageOverrides } from '@auta/core';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { ACCESSIBILITY_FEATURES, foldText, type FacetCount, type ProviderFacets, type ProviderSort, type SupportForm } from './data/index.js';
import { capitalize, type ProviderFinderMessages } from './messages.js';
import { headingTag } from './provider-card.js';
import type { FinderController, FinderSnapshot, Say } from './provider-finder.controller.js';
import { activeFilters, type FinderState } from './url-state.js';

/** What the filter groups read, and where a change goes. */
export interface FiltersContext {
  readonly say: Say;
  readonly lang: Lang;
  readonly view: FinderState;
  readonly facets: ProviderFacets | undefined;
  readonly finder: Pick<FinderController, 'setView' | 'toggle'>;
}

const FORM_GROUPS: ReadonlyArray<readonly ['formGroupRemote' | 'formGroupNear' | 'formGroupTraining', readonly SupportForm[]]> = [
  ['formGroupRemote', ['phone', 'chat', 'video']],
  ['formGroupNear', ['service-point', 'peer-group', 'at-home']],
  ['formGroupTraining', ['device-training', 'course']],
];

/** Languages listed first, in this order, when the data has them; the rest follow by name. */
const LANGUAGE_ORDER = ['fi', 'sv', 'en', 'se', 'smn', 'sms', 'fse', 'fss'];

const label = (f: FacetCount, lang: Lang): string => pickText(f.label, lang)?.text ?? f.value;

/** Every filter group, in the order they are read. */
export function filterGroups(c: FiltersContext): TemplateResult {
  return html`${areaGroup(c)} ${formsGroup(c)} ${languagesGroup(c)} ${accessibilityGroup(c)} ${otherGroup(c)}`;
}

/**
 * A typed place: when the text is the name of a municipality in the data (in any
 * language, forgiving ä/ö/å), offer to filter by it. Text search already finds
 * providers by their municipality's name; the filter also brings in those that serve
 * the municipality without an address there. Offered, not done, so typing never
 * changes the filters behind the person's back (WCAG 3.2.2).
 */
export function placeMatch(view: FinderState, facets: ProviderFacets | undefined, lang: Lang): { value: string; name: string } | undefined {
  const text = foldText(view.text).trim();
  if (text.length < 3 || view.municipalities.length) return undefined;
  for (const f of facets?.municipalities ?? []) {
    if (!f.label) continue;
    if (Object.values(f.label).some((name) => name && foldText(name) === text)) {
      return { value: f.value, name: pickText(f.label, lang)?.text ?? f.value };
    }
  }
  return undefined;
}

function areaGroup({ say, lang, view, facets, finder }: FiltersContext): TemplateResult {
  const collator = new Intl.Collator(lang);
  const regions = [...(facets?.regions ?? [])];
  const municipalities = [...(facets?.municipalities ?? [])].sort((a, b) => collator.compare(label(a, lang), label(b, lang)));
  const chosen = view.municipalities[0] ? `m:${view.municipalities[0]}` : view.regions[0] ? `r:${view.regions[0]}` : '';
  // A preset or shared code the data does not know still shows as chosen.
  if (view.municipalities[0] && !municipalities.some((m) => m.value === view.municipalities[0])) {
    municipalities.unshift({ value: view.municipalities[0], count: 0 });
  }
  if (view.regions[0] && !regions.some((r) => r.value === view.regions[0])) regions.unshift({ value: view.regions[0], count: 0 });
  const option = (prefix: string, f: FacetCount) =>
    html`<option value="${prefix}${f.value}" ?selected=${chosen === `${prefix}${f.value}`}>${say('optionCount', label(f, lang), f.count)}</option>`;
  const onArea = (e: Event) => {
    const value = (e.target as HTMLSelectElement).value;
    finder.setView({
      municipalities: value.startsWith('m:') ? [value.slice(2)] : [],
      regions: value.startsWith('r:') ? [value.slice(2)] : [],
    });
  };
  return html`
    <div class="group">
      <label for="area" class="group-label">${say('areaLabel')}</label>
      <select id="area" .value=${chosen} @change=${onArea}>
        <option value="" ?selected=${chosen === ''}>${say('areaAll')}</option>
        ${regions.length ? html`<optgroup label=${say('areaRegions')}>${regions.map((r) => option('r:', r))}</optgroup>` : nothing}
        ${municipalities.length ? html`<optgroup label=${say('areaMunicipalities')}>${municipalities.map((m) => option('m:', m))}</optgroup>` : nothing}
      </select>
    </div>
  `;
}

function checkbox(id: string, text: string, checked: boolean, change: (on: boolean) => void): TemplateResult {
  return html`<div class="check">
    <input type="checkbox" id=${id} .checked=${checked} @change=${(e: Event) => change((e.target as HTMLInputElement).checked)} />
    <label for=${id}>${text}</label>
  </div>`;
}

function formsGroup({ say, view, finder }: FiltersContext): TemplateResult {
  return html`
    <fieldset class="group">
      <legend class="group-label">${say('formsLegend')}</legend>
      ${FORM_GROUPS.map(
        ([group, forms]) => html`
          <fieldset class="subgroup">
            <legend>${say(group)}</legend>
            ${forms.map((f) => checkbox(`form-${f}`, capitalize(say('form', f)), view.forms.includes(f), (on) => finder.toggle('forms', f, on)))}
          </fieldset>
        `,
      )}
    </fieldset>
  `;
}

function languagesGroup({ say, lang, view, facets, finder }: FiltersContext): TemplateResult | typeof nothing {
  const present = new Set([...(facets?.languages ?? []).map((f) => f.value), ...view.languages]);
  const known = LANGUAGE_ORDER.filter((l) => present.has(l));
  const collator = new Intl.Collator(lang);
  const others = [...present].filter((l) => !LANGUAGE_ORDER.includes(l)).sort((a, b) => collator.compare(say('language', a), say('language', b)));
  const languages = [...known, ...others];
  if (!languages.length) return nothing;
  return html`
    <fieldset class="group">
      <legend class="group-label">${say('languagesLegend')}</legend>
      ${languages.map((l) => checkbox(`lang-${l}`, capitalize(say('language', l)), view.languages.includes(l), (on) => finder.toggle('languages', l, on)))}
    </fieldset>
  `;
}

function accessibilityGroup({ say, view, finder }: FiltersContext): TemplateResult {
  return html`
    <fieldset class="group">
      <legend class="group-label">${say('accessibilityLegend')}</legend>
      ${ACCESSIBILITY_FEATURES.map((f) =>
        checkbox(`access-${f}`, capitalize(say('feature', f)), view.accessibility.includes(f), (on) => finder.toggle('accessibility', f, on)),
      )}
    </fieldset>
  `;
}

function otherGroup({ say, view, finder }: FiltersContext): TemplateResult {
  return html`
    <fieldset class="group">
      <legend class="group-label">${say('otherLegend')}</legend>
      ${checkbox('free', say('free'), view.free, (on) => finder.setView({ free: on }))}
      ${checkbox('open-now', say('openNow'), view.openNow, (on) => finder.setView({ openNow: on }))}
    </fieldset>
  `;
}

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
