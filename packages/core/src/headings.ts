import { literal, type StaticValue } from 'lit/static-html.js';

/** The heading tags h1…h6, for `lit/static-html.js` templates; `HEADING_TAGS[level - 1]`. */
export const HEADING_TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * A heading level as a host gives it (`heading-level`): rounded and held to `top`…6. An
 * element that is a part of a page starts at 2 (the page has its own h1); one that can be the
 * page's main content, such as the service-unavailable page, at 1. HTML has no h7: deeper
 * levels stay h6.
 */
export const headingLevel = (level: number, top = 2): number => Math.min(Math.max(Math.round(level) || top, top), 6);

/**
 * The tag of a heading level, h1…h6 (deeper levels stay h6), for `lit/static-html.js`
 * templates: `<${tag}>…</${tag}>`. Pass the level through `headingLevel` first.
 */
export const headingTag = (level: number): StaticValue => HEADING_TAGS[headingLevel(level, 1) - 1]!;
