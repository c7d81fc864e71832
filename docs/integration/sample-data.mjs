// The examples' provider data: the finder's fictional sample, written as the JSON file a
// real site would serve (from its own data or the PTV adapter).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export async function writeSampleProviders(dir) {
  const sample = await import('@auta/provider-finder/sample.js');
  const providers = sample.SAMPLE_PROVIDERS ?? sample.sampleProviders;
  if (!Array.isArray(providers)) throw new Error('@auta/provider-finder/sample.js exports no sample providers');
  writeFileSync(join(dir, 'providers.json'), JSON.stringify(providers));
}
