/**
 * A console warning that names the element, as every Auta warning reads:
 * `warner('auta-help')('channels[2].url: not a safe link; left out')` writes
 * `[auta] auta-help: channels[2].url: not a safe link; left out`. The one place of that form.
 */
export const warner =
  (tag: string) =>
  (text: string): void =>
    console.warn(`[auta] ${tag}: ${text}`);
