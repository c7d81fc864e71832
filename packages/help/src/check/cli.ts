#!/usr/bin/env node
// auta-check-help: does help keep the same relative order on every page (WCAG 2.2 SC 3.2.6)?
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkHelp } from './check-help.js';
import { formatHelpReport } from './compare.js';

const USAGE = `Usage: auta-check-help [options] <page>...

Loads each page (a URL, or an HTML file) in headless Chromium and checks that the help
mechanisms on it keep the same relative order on every page (WCAG 2.2 SC 3.2.6).
Help mechanisms: <auta-help> (each mechanism it shows), <auta-alt-channel-notice>, and
any element the site marks with data-auta-help="<name>" (e.g. phone, chat, faq).

Options:
  --pages <file>    read the pages from a file, one a line (# starts a comment)
  --json            print the report as JSON instead of a table
  --no-js           check the pages as served without JavaScript
  --require-help    fail when no page has any help mechanism
  -h, --help        show this text

Exit status: 0 same order everywhere; 1 a page changes the order (or, with
--require-help, no help was found); 2 a page could not be loaded or bad usage.`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        pages: { type: 'string' },
        json: { type: 'boolean', default: false },
        'no-js': { type: 'boolean', default: false },
        'require-help': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const pages = [...args.positionals];
  if (args.values.pages) {
    pages.push(
      ...readFileSync(args.values.pages, 'utf8')
        .split('\n')
        .map((l) => l.replace(/#.*/, '').trim())
        .filter(Boolean),
    );
  }
  if (!pages.length) {
    console.error(`No pages given.\n\n${USAGE}`);
    return 2;
  }
  const report = await checkHelp(pages, { noJavaScript: args.values['no-js'] });
  process.stdout.write(`${args.values.json ? JSON.stringify(report, null, 2) : formatHelpReport(report)}\n`);
  if (report.pages.some((p) => p.status === 'error')) return 2;
  if (!report.consistent) return 1;
  if (report.noHelp && args.values['require-help']) return 1;
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error((e as Error).message);
    process.exitCode = 2;
  },
);
