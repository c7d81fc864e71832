import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { AutaAccessibilityFeedback } from '@auta/feedback';
import '@auta/feedback/define.js';

type Args = { action: string; page: string; 'supervisor-href': string };

const feedback = (args: Args) =>
  html`<auta-accessibility-feedback
    action=${args.action || nothing}
    page=${args.page || nothing}
    supervisor-href=${args['supervisor-href'] || nothing}
  ></auta-accessibility-feedback>`;

const element = async (canvas: HTMLElement) => {
  const el = canvas.querySelector('auta-accessibility-feedback') as AutaAccessibilityFeedback;
  await el.updateComplete;
  return el;
};
const send = async (el: AutaAccessibilityFeedback) => {
  el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

const meta: Meta<Args> = {
  title: 'Patterns/Accessibility feedback',
  component: 'auta-accessibility-feedback',
  render: feedback,
  args: { action: '/sample/accessibility-feedback', page: 'Asumistuen hakemus (esimerkkipalvelu)', 'supervisor-href': 'https://www.example.com/supervisory-authority' },
  argTypes: {
    page: { control: 'text', description: 'The page or service, filled in for the person.' },
    'supervisor-href': { control: 'text', description: 'Link to the supervisory authority’s page for reports.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The accessibility feedback channel the Act on the Provision of Digital Services (306/2019) requires: which page or service, what did not work, an optional email address and why it is asked, the promise to answer within two weeks, and the supervisory authority as the next step. Put it on the accessibility statement. The supervisory authority link is a sample address.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Form: Story = { name: 'The form' };

export const Empty: Story = { name: 'No page filled in', args: { page: '' } };

export const ErrorState: Story = {
  name: 'Errors: summary and fields',
  args: { page: '' },
  play: async ({ canvasElement }) => send(await element(canvasElement)),
};

export const EmailError: Story = {
  name: 'Error: email address',
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    el.querySelector<HTMLInputElement>('input[value="keyboard"]')!.click();
    el.querySelector<HTMLInputElement>('input[name="email"]')!.value = 'nimi(at)example.com';
    await send(el);
  },
};

export const Sent: Story = {
  name: 'Thank you, with an answer promised',
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    el.querySelector<HTMLInputElement>('input[value="zoom"]')!.click();
    el.querySelector<HTMLInputElement>('input[name="email"]')!.value = 'nimi@example.com';
    await send(el);
  },
};

export const EasyToRead: Story = {
  name: 'Easy-to-read',
  render: (args) => html`<div data-auta-language-level="easy">${feedback(args)}</div>`,
};
