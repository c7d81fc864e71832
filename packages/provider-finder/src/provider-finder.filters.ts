/**
 * The finder's filter groups as small template functions: the area (one native select of
 * regions and municipalities), the forms of support, the languages, the accessibility of
 * the premises and the rest (free of charge, open now). Each reads the controller's search
 * state and facet counts and hands a change back to it; none holds state of its own.
 */
import { pickText, type Lang } from '@auta/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ACCESSIBILITY_FEATURES, foldText, type FacetCount, type SupportForm } from './data/index.js';
import { capitalize } from './messages.js';
import type { FinderController } from './provider-finder.controller.js';

const FORM_GROUPS: ReadonlyArray<readonly ['formGroupRemote' | 'formGroupNear' | 'formGroupTraining', readonly SupportForm[]]> = [
  ['formGroupRemote', ['phone', 'chat', 'video']],
  ['formGroupNear', ['service-point', 'peer-group', 'at-home']],
  ['formGroupTraining', ['device-training', 'course']],
];

/** Languages listed first, in this order, when the data has them; the rest follow by name. */
const LANGUAGE_ORDER = ['fi', 'sv', 'en', 'se', 'smn', 'sms', 'fse', 'fss'];

const label = (f: FacetCount, lang: Lang): string => pickText(f.label, lang)?.text ?? f.value;

/** Every filter group, in the order they are read. */
export function filterGroups(f: FinderController, lang: Lang): TemplateResult {
  return html`${areaGroup(f, lang)} ${formsGroup(f)} ${languagesGroup(f, lang)} ${accessibilityGroup(f)} ${otherGroup(f)}`;
}

/**
 * A typed place: when the text is the name of a municipality in the data (in any
 * language, forgiving ä/ö/å), offer to filter by it. Text search already finds
 * providers by their municipality's name; the filter also brings in those that serve
 * the municipality without an address there. Offered, not done, so typing never
 * changes the filters behind the person's back (WCAG 3.2.2).
 */
export function placeMatch(finder: FinderController, lang: Lang): { value: string; name: string } | undefined {
  const text = foldText(finder.view.text).trim();
  if (text.length < 3 || finder.view.municipalities.length) return undefined;
  for (const f of finder.facets?.municipalities ?? []) {
    if (!f.label) continue;
    if (Object.values(f.label).some((name) => name && foldText(name) === text)) {
      return { value: f.value, name: pickText(f.label, lang)?.text ?? f.value };
    }
  }
  return undefined;
}

function areaGroup(f: FinderController, lang: Lang): TemplateResult {
  const collator = new Intl.Collator(lang);
  const regions = [...(f.facets?.regions ?? [])];
  const municipalities = [...(f.facets?.municipalities ?? [])].sort((a, b) => collator.compare(label(a, lang), label(b, lang)));
  const chosen = f.view.municipalities[0] ? `m:${f.view.municipalities[0]}` : f.view.regions[0] ? `r:${f.view.regions[0]}` : '';
  // A preset or shared code the data does not know still shows as chosen.
  if (f.view.municipalities[0] && !municipalities.some((m) => m.value === f.view.municipalities[0])) {
    municipalities.unshift({ value: f.view.municipalities[0], count: 0 });
  }
  if (f.view.regions[0] && !regions.some((r) => r.value === f.view.regions[0])) regions.unshift({ value: f.view.regions[0], count: 0 });
  const option = (prefix: string, c: FacetCount) =>
    html`<option value="${prefix}${c.value}" ?selected=${chosen === `${prefix}${c.value}`}>${f.msg('optionCount', label(c, lang), c.count)}</option>`;
  const onArea = (e: Event) => {
    const value = (e.target as HTMLSelectElement).value;
    f.setView({
      municipalities: value.startsWith('m:') ? [value.slice(2)] : [],
      regions: value.startsWith('r:') ? [value.slice(2)] : [],
    });
  };
  return html`
    <div class="group">
      <label for="area" class="group-label">${f.msg('areaLabel')}</label>
      <select id="area" .value=${chosen} @change=${onArea}>
        <option value="" ?selected=${chosen === ''}>${f.msg('areaAll')}</option>
        ${regions.length ? html`<optgroup label=${f.msg('areaRegions')}>${regions.map((r) => option('r:', r))}</optgroup>` : nothing}
        ${municipalities.length ? html`<optgroup label=${f.msg('areaMunicipalities')}>${municipalities.map((m) => option('m:', m))}</optgroup>` : nothing}
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

function formsGroup(f: FinderController): TemplateResult {
  return html`
    <fieldset class="group">
      <legend class="group-label">${f.msg('formsLegend')}</legend>
      ${FORM_GROUPS.map(
        ([group, forms]) => html`
          <fieldset class="subgroup">
            <legend>${f.msg(group)}</legend>
            ${forms.map((v) => checkbox(`form-${v}`, capitalize(f.msg('form', v)), f.view.forms.includes(v), (on) => f.toggle('forms', v, on)))}
          </fieldset>
        `,
      )}
    </fieldset>
  `;
}

function languagesGroup(f: FinderController, lang: Lang): TemplateResult | typeof nothing {
  // The chosen languages stay listed even when the data has none of them.
  const present = new Set(f.view.languages);
  for (const c of f.facets?.languages ?? []) present.add(c.value);
  const known = LANGUAGE_ORDER.filter((l) => present.has(l));
  const collator = new Intl.Collator(lang);
  const others = [...present].filter((l) => !LANGUAGE_ORDER.includes(l)).sort((a, b) => collator.compare(f.msg('language', a), f.msg('language', b)));
  const languages = [...known, ...others];
  if (!languages.length) return nothing;
  return html`
    <fieldset class="group">
      <legend class="group-label">${f.msg('languagesLegend')}</legend>
      ${languages.map((l) => checkbox(`lang-${l}`, capitalize(f.msg('language', l)), f.view.languages.includes(l), (on) => f.toggle('languages', l, on)))}
    </fieldset>
  `;
}

function accessibilityGroup(f: FinderController): TemplateResult {
  return html`
    <fieldset class="group">
      <legend class="group-label">${f.msg('accessibilityLegend')}</legend>
      ${ACCESSIBILITY_FEATURES.map((v) =>
        checkbox(`access-${v}`, capitalize(f.msg('feature', v)), f.view.accessibility.includes(v), (on) => f.toggle('accessibility', v, on)),
      )}
    </fieldset>
  `;
}

function otherGroup(f: FinderController): TemplateResult {
  return html`
    <fieldset class="group">
      <legend class="group-label">${f.msg('otherLegend')}</legend>
      ${checkbox('free', f.msg('free'), f.view.free, (on) => f.setView({ free: on }))}
      ${checkbox('open-now', f.msg('openNow'), f.view.openNow, (on) => f.setView({ openNow: on }))}
    </fieldset>
  `;
}
