import { html, type TemplateResult } from 'lit';
import type { Lang } from './lang.js';

/**
 * Hours, times and dates as a screen reader should say them.
 *
 * What sighted readers see follows Kielitoimisto ("kello 9–16", "9.30", "12.5.2026"). At
 * their default punctuation level NVDA, JAWS and Orca drop the en dash ("kello 9 16") and
 * speech engines may read "9.30" as a decimal and "12.5.2026" digit group by digit group.
 * The spoken form says the same in words: "kello yhdeksästä kuuteentoista", "klockan 9 till
 * 16"; "9 30"; "12. toukokuuta 2026", "12 maj 2026". English is written with words already
 * ("9am to 4pm", "9:30am", "12 May 2026") and is said as written. The easy-to-read level says
 * them the same way: words are already the plainest form.
 */

// The stems of the Finnish numbers 0–10; the two cases a range needs are built from them.
const STEMS = 'nolla yhde kahde kolme neljä viide kuude seitsemä kahdeksa yhdeksä kymmene'.split(' ');

/**
 * A number from 0 to 59 in Finnish words, in the elative ("yhdeksästä", from) or the illative
 * ("kuuteentoista", to). Elative: the stem, -st- and the vowel its harmony asks for (a after
 * a, o or u: "kahdesta", else ä: "yhdestä"). Illative: the stem's last vowel doubled and -n,
 * with -de- strengthened to -te- ("yhteen", "viiteen", "kuuteen").
 */
export function finnishNumber(n: number, elative: boolean): string {
  const word = (i: number) => {
    const stem = STEMS[i]!;
    return elative ? stem + (/[aou]/.test(stem) ? 'sta' : 'stä') : stem.replace(/de$/, 'te') + stem.slice(-1) + 'n';
  };
  const unit = n % 10;
  return n <= 10 ? word(n) : n < 20 ? word(unit) + 'toista' : word((n - unit) / 10) + word(10) + (unit ? word(unit) : '');
}

// What `formatTime`, `formatIntervals` and `formatDate` write in Finnish and Swedish: a date
// `12.5.2026`, or a time `9` / `9.30`, alone or as the start of a range `9.30–16`.
const SHAPES = /\b(\d\d?)\.(\d\d?)\.(\d{4})\b|\b(\d\d?(?:\.\d\d)?)(?:–(\d\d?(?:\.\d\d)?))?\b/g;

/**
 * The spoken form of a formatted text of hours, times or dates (`describeWeek`,
 * `describeStatus`, `formatDate` and the sentences built on them); the text itself when it
 * reads right as written. Only for texts Auta formats: data written by a host is shown as is.
 */
export function spokenForm(display: string, lang: Lang): string {
  const fi = lang === 'fi';
  if (!fi && lang !== 'sv') return display;
  // A time: "yhdeksästä kolmestakymmenestä" in a Finnish range (elative or illative), else `9 30`, two numbers as said.
  const time = (t: string, elative?: boolean) => (fi && elative !== undefined ? t.split('.').map((n) => finnishNumber(+n, elative)).join(' ') : t.replace('.', ' '));
  return display.replace(SHAPES, (all, day?: string, month?: string, year?: string, from?: string, to?: string) =>
    year
      ? // The month's name from the platform (CLDR): "12. toukokuuta 2026", "12 maj 2026".
        new Date(+year, +month! - 1, +day!).toLocaleDateString(lang + '-FI', { dateStyle: 'long' })
      : to
        ? time(from!, true) + (fi ? ' ' : ' till ') + time(to, false)
        : time(all),
  );
}

/**
 * A formatted text of hours, times or dates for the page: shown as written, said in words.
 * The written text is hidden from assistive technology and the spoken form, one whole
 * phrase, is visually hidden beside it, so a screen reader meets one text, not fragments.
 * Never for link text (its accessible name must contain what is shown, WCAG 2.5.3).
 */
export function aloud(display: string, lang: Lang): TemplateResult | string {
  const said = spokenForm(display, lang);
  return said === display ? display : html`<span aria-hidden="true">${display}</span><span class="visually-hidden">${said}</span>`;
}
