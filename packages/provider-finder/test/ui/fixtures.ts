import type { Provider, ProviderQuery, ProviderResults, ProviderSource, SearchOptions } from '../../src/index.js';
import { InMemorySource, ProviderLoadError } from '../../src/index.js';

/** Tuesday 2026-03-10 at 10:00 in Finland (08:00 UTC): weekday offices are open. */
export const tuesdayMorning = new Date('2026-03-10T08:00:00Z');

const TOWNS = [
  { code: '091', fi: 'Helsinki', sv: 'Helsingfors', lat: 60.1699, lon: 24.9384, post: '00100' },
  { code: '049', fi: 'Espoo', sv: 'Esbo', lat: 60.2055, lon: 24.6559, post: '02100' },
  { code: '853', fi: 'Turku', sv: 'Åbo', lat: 60.4518, lon: 22.2666, post: '20100' },
  { code: '837', fi: 'Tampere', sv: 'Tammerfors', lat: 61.4978, lon: 23.761, post: '33100' },
  { code: '905', fi: 'Vaasa', sv: 'Vasa', lat: 63.0951, lon: 21.6165, post: '65100' },
] as const;

const WEEKDAYS_9_16 = [{ serviceHourType: 'DaysOfTheWeek' as const, openingHour: [{ dayFrom: 'Monday' as const, dayTo: 'Friday' as const, from: '09:00', to: '16:00' }] }];

/** `count` libraries and service points spread over five towns; names sort as `Digituki 01`… */
export function localProviders(count: number): Provider[] {
  return Array.from({ length: count }, (_, i) => {
    const town = TOWNS[i % TOWNS.length]!;
    const n = String(i + 1).padStart(2, '0');
    return {
      id: `local-${n}`,
      name: { fi: `Digituki ${n} ${town.fi}`, sv: `Digistöd ${n} ${town.sv}`, en: `Digital support ${n} ${town.fi}` },
      description: { fi: 'Apua sähköiseen asiointiin.', sv: 'Hjälp med e-tjänster.', en: 'Help with e-services.' },
      kind: i % 2 ? 'service-point' : 'library',
      supportForms: i % 3 === 0 ? ['service-point', 'peer-group'] : ['service-point'],
      languages: i % 4 === 0 ? ['fi', 'sv'] : ['fi'],
      areaType: 'LimitedType',
      addresses: [
        {
          type: 'Location',
          street: { fi: 'Esimerkkikatu', sv: 'Exempelgatan' },
          streetNumber: String(i + 1),
          postalCode: town.post,
          postOffice: { fi: town.fi, sv: town.sv },
          municipality: { code: town.code, name: { fi: town.fi, sv: town.sv } },
          latitude: town.lat + i * 0.001,
          longitude: town.lon,
        },
      ],
      serviceHours: WEEKDAYS_9_16,
      phoneNumbers: [{ number: `09 000 ${String(1000 + i)}`, serviceChargeType: 'Chargeable' }],
      webPages: [{ url: `https://example.com/digituki/${n}`, name: { fi: 'Digituen sivu', sv: 'Digistödets sida', en: 'Digital support page' } }],
      free: i % 2 === 0,
      accessibility: { stepFree: i % 2 === 0, inductionLoop: i % 5 === 0 },
    } satisfies Provider;
  });
}

/** Two lines that help anywhere in Finland, by phone and chat; one with its name in Finnish only. */
export const remoteProviders: Provider[] = [
  {
    id: 'remote-phone',
    name: { fi: 'Digitukilinja', sv: 'Digistödlinjen', en: 'Digital support line' },
    kind: 'organisation',
    supportForms: ['phone', 'chat'],
    languages: ['fi', 'sv', 'en'],
    areaType: 'Nationwide',
    phoneNumbers: [{ number: '0800 000 100', serviceChargeType: 'FreeOfCharge' }],
    serviceHours: [
      { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '08:00', to: '20:00' }] },
      { serviceHourType: 'Exceptional', validFrom: '2026-03-20', isClosed: true, additionalInformation: { fi: 'Koulutuspäivä', en: 'Training day' } },
    ],
    emails: [{ value: 'digituki@example.com' }],
    free: true,
  },
  {
    id: 'remote-video',
    name: { fi: 'Videoneuvonta' },
    kind: 'authority',
    supportForms: ['video'],
    languages: ['fi', 'fse'],
    areaType: 'Nationwide',
    webPages: [{ url: 'https://example.com/video' }],
  },
];

export const allProviders = (): Provider[] => [...localProviders(45), ...remoteProviders];

/**
 * A source whose answers come when the test says so: to prove a newer query wins over an
 * older one that answers later, and that aborts reach the source.
 */
export class ManualSource implements ProviderSource {
  readonly calls: Array<{ query: ProviderQuery; signal: AbortSignal | undefined; resolve: () => void; reject: (e: unknown) => void }> = [];
  private readonly inner: InMemorySource;

  constructor(providers: Provider[] = allProviders()) {
    this.inner = InMemorySource.fromProviders(providers);
  }

  search(query: ProviderQuery, options: SearchOptions = {}): Promise<ProviderResults> {
    return new Promise((resolve, reject) => {
      const call = {
        query,
        signal: options.signal,
        resolve: () => this.inner.search({ ...query }).then(resolve, reject),
        reject,
      };
      this.calls.push(call);
      // Like a source that does NOT stop on abort: the element must drop the answer itself.
    });
  }

  /** Answers every call so far, newest first: the older answers arrive last. */
  answerAllNewestFirst(): void {
    [...this.calls].reverse().forEach((c) => c.resolve());
  }
}

/** A source that fails its first `failures` searches with `kind`, then works. */
export class FlakySource implements ProviderSource {
  attempts = 0;
  private readonly inner = InMemorySource.fromProviders(allProviders());
  constructor(
    private failures: number,
    private readonly kind: 'network' | 'http' | 'timeout' = 'network',
  ) {}
  search(query: ProviderQuery, options?: SearchOptions): Promise<ProviderResults> {
    this.attempts++;
    if (this.failures > 0) {
      this.failures--;
      return Promise.reject(new ProviderLoadError(this.kind, 'test failure'));
    }
    return this.inner.search(query, options);
  }
}
