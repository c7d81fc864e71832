// The report's one finding shape: axe-core's results and the report's own checks both become
// { rule, source, impact, sc, en, help, description, helpUrl, nodes }, so the page and the JSON
// treat them alike.
import { AUTA_RULES, enClause, scFromTags, understandingUrl } from './wcag.mjs';

/** An axe result item → the report's violation/incomplete shape. */
export function fromAxe(item) {
  const sc = scFromTags(item.tags);
  return {
    rule: item.id,
    source: 'axe-core',
    impact: item.impact ?? null,
    sc,
    en: sc.map(enClause),
    bestPractice: item.tags.includes('best-practice') && sc.length === 0,
    help: item.help,
    description: item.description,
    helpUrl: item.helpUrl,
    nodes: item.nodes.map((n) => ({ target: n.target, html: n.html, message: n.failureSummary ?? n.any?.[0]?.message ?? '' })),
  };
}

/** A finding of the report's own checks, in the same shape. */
export function fromCheck(rule, nodes) {
  const meta = AUTA_RULES[rule];
  return {
    rule,
    source: 'auta',
    impact: meta.impact,
    sc: meta.sc,
    en: meta.sc.map(enClause),
    bestPractice: false,
    help: meta.help,
    description: meta.fix,
    helpUrl: meta.sc[0] ? understandingUrl(meta.sc[0]) : null,
    nodes,
  };
}
