// `npm run build`: the custom-elements manifest, the files generated from it, types and ESM
// for every package (tsc, project references), the CDN bundle (rollup), and the manifest's
// derivatives (per-package manifests, JSX types, editor data).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';

import { minifyDist } from '../tools/distribution/minify-literals.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

// A clean build each time: stale outputs of renamed files must not ship.
for (const pkg of readdirSync('packages', { withFileTypes: true })) {
  if (!pkg.isDirectory()) continue;
  rmSync(`packages/${pkg.name}/dist`, { recursive: true, force: true });
  rmSync(`packages/${pkg.name}/tsconfig.build.tsbuildinfo`, { force: true });
  rmSync(`packages/${pkg.name}/custom-elements.json`, { force: true });
}

// The manifest comes first: @auta/elements' index and the React wrappers are generated
// from it before they are compiled.
run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
run('node', ['tools/distribution/generate.mjs', 'sources']);
run('npx', ['tsc', '-b', 'packages/tsconfig.build.json']);
// tsc keeps the CSS and HTML of Lit's `css`/`html` literals as written; a consumer's minifier
// would too (it is template text to it). Minified here, with each .js.map kept in step.
for (const pkg of readdirSync('packages', { withFileTypes: true })) {
  if (pkg.isDirectory() && existsSync(`packages/${pkg.name}/dist`)) minifyDist(`packages/${pkg.name}/dist`);
}
// The provider format's JSON Schema (generated from the valibot schema, committed) ships in dist.
copyFileSync('packages/provider-finder/schema/providers.schema.json', 'packages/provider-finder/dist/providers.schema.json');
// So does the usage record's (generated from its field table, committed).
copyFileSync('packages/usage/schema/usage-record.v1.schema.json', 'packages/usage/dist/usage-record.v1.schema.json');
if (existsSync('packages/elements/src/cdn.ts')) run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
run('node', ['tools/distribution/generate.mjs', 'dist']);
console.log('Built every package to packages/*/dist and wrote custom-elements.json (root and per package) and the editor data.');
