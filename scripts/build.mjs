// `npm run build`: types and ESM for every package (tsc, project references), the CDN
// bundle when @auta/elements exists (rollup), and the custom-elements manifest.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

// A clean build each time: stale outputs of renamed files must not ship.
for (const pkg of readdirSync('packages', { withFileTypes: true })) {
  if (!pkg.isDirectory()) continue;
  rmSync(`packages/${pkg.name}/dist`, { recursive: true, force: true });
  rmSync(`packages/${pkg.name}/tsconfig.build.tsbuildinfo`, { force: true });
}

run('npx', ['tsc', '-b', 'packages/tsconfig.build.json']);
if (existsSync('packages/elements/src/cdn.ts')) run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
console.log('Built every package to packages/*/dist and wrote custom-elements.json.');
