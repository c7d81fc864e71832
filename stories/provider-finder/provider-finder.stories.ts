import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '@auta/provider-finder/define.js';
import '@auta/alt-channel/define.js';
import { InMemorySource, ProviderLoadError, type ProviderResults, type ProviderSource } from '@auta/provider-finder';
import { allChannels } from '../alt-channel/sample-channels.js';
import { SAMPLE_PROVIDERS } from '@auta/provider-finder/sample.js';
import { generateProviders } from 'auta-tool-sample-data';

/** Tuesday 12 May 2026, 10:30 in Finland: most sample places are open. */
const storyNow = new Date('2026-05-12T07:30:00Z');

type Args = {
  municipality: string;
  supportForms: string;
  languages: string;
  includeNationwide: boolean;
  headingLevel: number;
  pageSize: number;
  source?: ProviderSource;
  providers?: readonly unknown[];
  width?: string;
};

const render = (args: Args) => {
  const finder = html`<auta-provider-finder
    municipality=${args.municipality || nothing}
    support-forms=${args.supportForms || nothing}
    languages=${args.languages || nothing}
    ?include-nationwide=${args.includeNationwide}
    heading-level=${args.headingLevel}
    page-size=${args.pageSize}
    .source=${args.source}
    .providers=${args.providers}
    .now=${storyNow}
    @auta-provider-select=${(e: Event) => e.preventDefault()}
  ></auta-provider-finder>`;
  return args.width ? html`<div style=${styleMap({ maxWidth: args.width })}>${finder}</div>` : finder;
};

const meta: Meta<Args> = {
  title: 'Patterns/Provider finder',
  component: 'auta-provider-finder',
  render,
  args: { municipality: '', supportForms: '', languages: '', includeNationwide: false, headingLevel: 2, pageSize: 20 },
  argTypes: {
    municipality: { control: 'text', description: 'Preset municipality code, e.g. 837 (Tampere).' },
    supportForms: { control: 'text', description: 'Preset forms of support, space-separated: phone chat video service-point peer-group at-home device-training course.' },
    languages: { control: 'text', description: 'Preset languages, space-separated codes: fi sv en se fse …' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
    source: { table: { disable: true } },
    providers: { table: { disable: true } },
    width: { table: { disable: true } },
  },
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<Args>;

/** No configuration: the built-in, fictional sample data. */
export const Default: Story = { name: 'Default (sample data)' };

export const Finnish: Story = { name: 'Language: suomi', parameters: { lang: 'fi' } };
export const Swedish: Story = { name: 'Language: svenska', parameters: { lang: 'sv' } };
export const English: Story = { name: 'Language: English', parameters: { lang: 'en' } };
export const Dark: Story = { name: 'Dark theme', parameters: { theme: 'dark' } };

export const Narrow: Story = {
  name: '320 px wide',
  args: { width: '320px', supportForms: 'phone chat' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

export const Preset: Story = {
  name: 'Preset: Tampere, with nationwide lines',
  args: { municipality: '837', includeNationwide: true },
};

/** A source that never answers: what people see while the data loads. */
const never: ProviderSource = {
  status: 'loading',
  load: () => new Promise<void>(() => undefined),
  search: () => new Promise<ProviderResults>(() => undefined),
};
export const Loading: Story = { name: 'State: loading', args: { source: never } };

/** A source whose service is down. */
const failing: ProviderSource = {
  search: () => Promise.reject(new ProviderLoadError('http', 'The service answered 503.', { status: 503 })),
};
export const Error: Story = {
  name: 'State: error',
  args: { source: failing },
  // With an alternative-channel notice on the page, the error links to it.
  render: (args) => html`${render(args)}
    <auta-alt-channel-notice id="other-ways" errand="Hae asumistukea" heading-level="2" .channels=${allChannels} .now=${storyNow}></auta-alt-channel-notice>`,
};

export const Empty: Story = {
  name: 'State: nothing found',
  args: { municipality: '091', supportForms: 'at-home', languages: 'se' },
};

export const OneResult: Story = {
  name: 'State: one result',
  args: { providers: SAMPLE_PROVIDERS.slice(0, 1) },
};

const broken = [
  { id: 'broken-1', name: { fi: 'Nimetön' }, kind: 'castle', supportForms: ['phone'], languages: ['fi'], areaType: 'LimitedType' },
  { id: 'broken-2', name: {}, kind: 'library', supportForms: [], languages: ['fi'], areaType: 'LimitedType' },
  { name: { fi: 'Ei tunnistetta' } },
];
export const PartialData: Story = {
  name: 'State: partially invalid data',
  args: { providers: [...SAMPLE_PROVIDERS, ...broken] },
};

export const ManyResults: Story = {
  name: 'State: many results (2,000)',
  loaders: [async () => ({ source: InMemorySource.fromProviders(generateProviders(2000, 7)) })],
  render: (args, { loaded }) => render({ ...args, source: loaded.source as ProviderSource }),
};

export const HundredThousand: Story = {
  name: '100,000 records',
  loaders: [async () => ({ source: InMemorySource.fromProviders(generateProviders(100_000, 1)) })],
  render: (args, { loaded }) => render({ ...args, source: loaded.source as ProviderSource }),
};

/**
 * The location is refused: the story stubs the browser's geolocation to say "denied" and
 * presses "Use my location" once the finder is ready. Everything else keeps working.
 */
export const LocationDenied: Story = {
  name: 'State: location denied',
  beforeEach: () => {
    const had = Object.getOwnPropertyDescriptor(navigator, 'geolocation');
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (_ok: PositionCallback, fail?: PositionErrorCallback | null) =>
          setTimeout(() => fail?.({ code: 1, message: 'denied', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError), 50),
      },
    });
    return () => {
      if (had) Object.defineProperty(navigator, 'geolocation', had);
      else delete (navigator as unknown as Record<string, unknown>).geolocation;
    };
  },
  play: async ({ canvasElement }) => {
    const finder = canvasElement.querySelector('auta-provider-finder')!;
    await finder.updateComplete;
    for (let i = 0; i < 50 && !finder.shadowRoot!.querySelector('#count'); i++) await new Promise((r) => setTimeout(r, 50));
    finder.shadowRoot!.querySelector<HTMLButtonElement>('.location button')!.click();
  },
};
