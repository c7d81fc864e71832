import { expect } from '@open-wc/testing';
import { InMemorySource, ProviderIndex, loadProviders, queryTokens } from '@auta/provider-finder/data.js';
import { providerHaystack } from '../../src/data/search/testing.js';
import { generateProviders } from 'auta-tool-sample-data';

// Correctness at scale only: how fast is judged by `npm run bench`, never here.
describe('generated data sets load, validate and index in the browser', function () {
  this.timeout(300_000);

  for (const count of [10_000, 100_000]) {
    it(`${count.toLocaleString('en')} providers`, () => {
      const json = JSON.stringify(generateProviders(count, 5));
      const { providers, problems } = loadProviders(JSON.parse(json), { warn: false });
      expect(problems).to.deep.equal([]);
      expect(providers).to.have.length(count);
      const index = new ProviderIndex(providers);
      const source = InMemorySource.fromProviders(providers);
      expect(source.status).to.equal('ready');
      // Recall inside compounds equals a folded substring scan on a sample of queries.
      const hays = providers.map(providerHaystack);
      for (const q of ['kirjasto', 'tuki', 'jyvaskyla', 'abo kirjasto', 'pääkirjasto lähde', 'it']) {
        const tokens = queryTokens(q);
        let expected = 0;
        for (const h of hays) if (tokens.every((t) => h.includes(t))) expected++;
        expect(index.search({ text: q }).total, q).to.equal(expected);
      }
      const near = index.search({ sort: 'distance', near: { lat: 60.17, lon: 24.94 }, pageSize: 20 });
      expect(near.items).to.have.length(20);
      expect(near.items[0]!.distanceKm).to.be.lessThan(10);
    });
  }
});
