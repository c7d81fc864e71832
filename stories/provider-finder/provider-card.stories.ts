import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@auta/provider-finder/define.js';
import type { Provider } from '@auta/provider-finder';
import { SAMPLE_PROVIDERS } from '@auta/provider-finder/sample.js';

const storyNow = new Date('2026-05-12T07:30:00Z');

type Args = { provider: Provider; distanceKm?: number; headingLevel: number };

const meta: Meta<Args> = {
  title: 'Patterns/Provider finder/Card',
  component: 'auta-provider-card',
  render: (args) => html`<auta-provider-card
    .provider=${args.provider}
    .distanceKm=${args.distanceKm}
    heading-level=${args.headingLevel}
    .now=${storyNow}
    @auta-provider-select=${(e: Event) => e.preventDefault()}
  ></auta-provider-card>`,
  args: { provider: SAMPLE_PROVIDERS[0]!, distanceKm: 1.24, headingLevel: 2 },
  argTypes: { provider: { control: 'object' }, distanceKm: { control: { type: 'number', step: 0.1 } } },
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<Args>;

export const Library: Story = { name: 'A library' };
export const PhoneLine: Story = {
  name: 'A nationwide phone line',
  args: { provider: SAMPLE_PROVIDERS.find((p) => p.areaType !== 'LimitedType' && p.supportForms.includes('phone'))!, distanceKm: undefined },
};
export const Swedish: Story = { name: 'Language: svenska', parameters: { lang: 'sv' } };
export const English: Story = { name: 'Language: English', parameters: { lang: 'en' } };
export const Dark: Story = { name: 'Dark theme', parameters: { theme: 'dark' } };
