// Files generated from the custom-elements manifest, so that a new element reaches every
// distribution channel without hand edits.
//
//   node tools/distribution/generate.mjs sources [--check]
//     Before `tsc`: packages/elements/src/index.ts (defines every element, re-exports the
//     classes and event detail types), packages/elements/tsconfig.build.json (references to
//     every element package) and packages/react/src/index.ts (the @lit/react wrappers).
//     These are committed: tests, type checks and Storybook run on sources through the
//     `@auta/source` condition without a build, and a reviewer sees an API change as a
//     diff. `--check` only reports files that are out of date (exit 1).
//   node tools/distribution/generate.mjs dist
//     After `tsc`: per-package custom-elements.json, JSX types, VS Code custom data and
//     JetBrains web-types under packages/elements/dist. Not committed (build output).
import { elements, json, loadContext, packages, stale, write } from './generate-context.mjs';
import { elementsIndex, elementsTsconfig, reactIndex, tagNames, themingDoc } from './generate-sources.mjs';
import { jsxTypes, perPackageManifests, vscodeCssData, vscodeHtmlData, webTypes } from './generate-dist.mjs';

const mode = process.argv[2] ?? 'sources';
loadContext({ check: process.argv.includes('--check') });

if (mode === 'sources') {
  await themingDoc();
  write('packages/elements/src/index.ts', elementsIndex());
  write('packages/elements/src/tag-names.ts', tagNames());
  write('packages/elements/tsconfig.build.json', elementsTsconfig());
  write('packages/react/src/index.ts', reactIndex());
} else if (mode === 'dist') {
  perPackageManifests();
  jsxTypes();
  write('packages/elements/dist/vscode.html-custom-data.json', json(vscodeHtmlData()));
  write('packages/elements/dist/vscode.css-custom-data.json', json(vscodeCssData()));
  write('packages/elements/dist/web-types.json', json(webTypes()));
} else {
  console.error('usage: node tools/distribution/generate.mjs sources|dist [--check]');
  process.exit(2);
}
console.log(`${mode}: ${elements.length} elements (${elements.map((e) => e.tagName).join(', ')}) in ${packages.length} packages.`);
if (stale.length) {
  console.error(`Out of date (run \`node tools/distribution/generate.mjs ${mode}\` and commit): ${stale.join(', ')}`);
  process.exit(1);
}
