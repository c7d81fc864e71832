import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { AutaHelpFeedback } from '@auta/feedback';
import '@auta/feedback/define.js';

type Args = { action: string; 'heading-level': number };

const feedback = (args: Args) =>
  html`<auta-help-feedback action=${args.action || nothing} heading-level=${args['heading-level'] || nothing}></auta-help-feedback>`;

const element = async (canvas: HTMLElement) => {
  const el = canvas.querySelector('auta-help-feedback') as AutaHelpFeedback;
  await el.updateComplete;
  return el;
};
const choose = async (el: AutaHelpFeedback, value: 'yes' | 'no') => {
  el.querySelector<HTMLInputElement>(`input[name="helped"][value="${value}"]`)!.click();
  await el.updateComplete;
};
const send = async (el: AutaHelpFeedback) => {
  el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

const meta: Meta<Args> = {
  title: 'Patterns/Help feedback',
  component: 'auta-help-feedback',
  render: feedback,
  args: { action: '/sample/feedback', 'heading-level': 2 },
  argTypes: {
    action: { control: 'text', description: 'Where the plain form posts without JavaScript.' },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          '“Did you get the help you needed?”: yes or no, then what was missing and which way of help the person used. A plain HTML form in the light DOM that posts to the host’s URL without JavaScript; with JavaScript it fires `auta-help-feedback-*` events and posts nothing unless the host gives an `endpoint`. No cookies, no storage.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Question: Story = { name: 'The question' };

export const AnsweredNo: Story = {
  name: 'Answered no: what was missing',
  play: async ({ canvasElement }) => choose(await element(canvasElement), 'no'),
};

export const AnsweredYes: Story = {
  name: 'Answered yes: which way of help',
  play: async ({ canvasElement }) => choose(await element(canvasElement), 'yes'),
};

export const ErrorState: Story = {
  name: 'Error: no answer',
  play: async ({ canvasElement }) => send(await element(canvasElement)),
};

export const Sent: Story = {
  name: 'Thank you',
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    await choose(el, 'yes');
    await send(el);
  },
};

export const EasyToRead: Story = {
  name: 'Easy-to-read',
  render: (args) => html`<div data-auta-language-level="easy">${feedback(args)}</div>`,
  play: async ({ canvasElement }) => choose(await element(canvasElement), 'no'),
};
