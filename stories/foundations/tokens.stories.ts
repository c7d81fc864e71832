import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { COLOR_TOKENS, SIZE_TOKENS, CONTRAST_PAIRS, TOKEN_DESCRIPTIONS, contrastRatio, darkTheme, lightTheme, type ColorToken, type SizeToken } from '@auta/core/tokens.js';
import './foundations.css';

const meta: Meta = {
  title: 'Foundations/Design tokens',
  parameters: {
    docs: {
      description: {
        component:
          'Every colour, size and space an Auta element uses is a `--auta-*` custom property with an accessible default. Set them on the page, or on any ancestor of an element, to apply an agency’s brand. Dark values apply where the page sets `color-scheme: dark`.',
      },
    },
  },
};
export default meta;

export const Colours: StoryObj = {
  render: () => html`
    <table class="fdn-table">
      <caption>Colour tokens, with their light and dark defaults</caption>
      <thead>
        <tr>
          <th scope="col">Custom property</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
          <th scope="col">Use</th>
        </tr>
      </thead>
      <tbody>
        ${Object.entries(COLOR_TOKENS).map(
          ([name, t]) => html`<tr>
            <th scope="row"><code>--auta-${name}</code></th>
            <td><span class="fdn-swatch" style=${styleMap({ background: t.light })} aria-hidden="true"></span> <code>${t.light}</code></td>
            <td><span class="fdn-swatch" style=${styleMap({ background: t.dark })} aria-hidden="true"></span> <code>${t.dark}</code></td>
            <td>${TOKEN_DESCRIPTIONS[name as ColorToken]}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  `,
};

export const Contrast: StoryObj = {
  render: () => html`
    <table class="fdn-table">
      <caption>Contrast of the token pairs every theme must meet (WCAG 1.4.3 text 4.5:1, 1.4.11 non-text 3:1)</caption>
      <thead>
        <tr>
          <th scope="col">Foreground</th>
          <th scope="col">Background</th>
          <th scope="col">Minimum</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
        </tr>
      </thead>
      <tbody>
        ${CONTRAST_PAIRS.map(
          ([fg, bg, min]) => html`<tr>
            <td><code>--auta-${fg}</code></td>
            <td><code>--auta-${bg}</code></td>
            <td>${min}:1</td>
            <td>${contrastRatio(lightTheme[fg], lightTheme[bg]).toFixed(2)}:1</td>
            <td>${contrastRatio(darkTheme[fg], darkTheme[bg]).toFixed(2)}:1</td>
          </tr>`,
        )}
      </tbody>
    </table>
  `,
};

export const SizesAndType: StoryObj = {
  name: 'Sizes and type',
  render: () => html`
    <table class="fdn-table">
      <caption>Size, space and type tokens</caption>
      <thead>
        <tr>
          <th scope="col">Custom property</th>
          <th scope="col">Default</th>
          <th scope="col">Use</th>
        </tr>
      </thead>
      <tbody>
        ${Object.entries(SIZE_TOKENS).map(
          ([name, t]) => html`<tr>
            <th scope="row"><code>--auta-${name}</code></th>
            <td><code>${t.value}</code></td>
            <td>${TOKEN_DESCRIPTIONS[name as SizeToken]}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <p class="fdn-note">
      Text uses the page’s own font (<code>--auta-font-family: inherit</code>) at the reader’s chosen size: sizes are in
      <code>rem</code>, so browser zoom and text-size settings apply (WCAG 1.4.4).
    </p>
  `,
};
