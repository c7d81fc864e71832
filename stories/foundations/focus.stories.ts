import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, LitElement } from 'lit';
import { baseStyles, buttonStyles } from '@auta/core';
import './foundations.css';

/** Shows the shared focus ring, buttons and links as every element draws them. */
class AutaFoundationsDemo extends LitElement {
  static override styles = [...baseStyles, buttonStyles];
  override render() {
    return html`<div class="demo">
      <p>Tab through these: the ring is 3 px, outside the element, in <code>--auta-color-focus</code> (3:1 against the surface).</p>
      <p>
        <button class="button" type="button">Primary button</button>
        <button class="button button--secondary" type="button">Secondary button</button>
        <a href="#focus-demo">A link in text</a>
      </p>
    </div>`;
  }
}
if (!customElements.get('auta-foundations-demo')) customElements.define('auta-foundations-demo', AutaFoundationsDemo);

const meta: Meta = {
  title: 'Foundations/Focus and controls',
  parameters: {
    docs: {
      description: {
        component:
          'Focus is always visible (WCAG 2.4.7) and never hidden by other content (2.4.11); buttons are at least 44 px high (2.5.8 asks 24). In forced-colours mode the ring takes the system highlight colour.',
      },
    },
  },
};
export default meta;

export const FocusRing: StoryObj = {
  name: 'Focus ring and buttons',
  render: () => html`<auta-foundations-demo id="focus-demo"></auta-foundations-demo>`,
};
