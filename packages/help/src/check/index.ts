// Node only: checks a site's pages in headless Chromium. Not part of the browser entry.
export { HELP_ATTRIBUTE, checkHelp, collectHelp, pageUrl, type CheckHelpOptions } from './check-help.js';
export { compareHelpOrder, formatHelpReport, type CheckHelpReport, type OrderProblem, type PageHelp, type PageResult } from './compare.js';
