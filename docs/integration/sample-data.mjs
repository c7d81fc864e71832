// The examples' provider data: the finder's fictional sample, written as the JSON file a
// real site would serve (from its own data or the PTV adapter).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export async function writeSampleProviders(dir) {
  const { SAMPLE_PROVIDERS } = await import('@auta/provider-finder/sample.js');
  writeFileSync(join(dir, 'providers.json'), JSON.stringify(SAMPLE_PROVIDERS));
}
