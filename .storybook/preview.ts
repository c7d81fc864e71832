import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import './preview.css';
// Northern Sámi draft copy (docs/content/northern-sami.md) for the toolbar's `se`: the three
// elements that have it speak Sámi there; the others speak Finnish, as on a host's page.
import '@auta/alt-channel/lang/se.js';
import '@auta/on-behalf/lang/se.js';
import '@auta/provider-finder/lang/se.js';

// The API tables come from the custom-elements manifest (`npm run analyze`, which
// `npm start` runs first). A glob import keeps a missing manifest from breaking the preview.
const manifests = import.meta.glob<{ default: object }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

/**
 * Language, language level and colour scheme come from the toolbar and apply to the whole
 * preview page, the way an agency's page sets them: `lang` and `data-auta-language-level`
 * on <html>, `color-scheme` on the root.
 */
const withPageSettings: Decorator = (story, context) => {
  const lang = (context.globals.lang as string) || 'fi';
  const theme = (context.globals.theme as string) || 'light';
  const root = document.documentElement;
  root.lang = context.parameters.lang ?? lang;
  root.dataset.theme = context.parameters.theme ?? theme;
  const level = (context.parameters.languageLevel ?? context.globals.languageLevel ?? 'standard') as string;
  if (level === 'easy') root.dataset.autaLanguageLevel = 'easy';
  else delete root.dataset.autaLanguageLevel;
  return story();
};

const preview: Preview = {
  decorators: [withPageSettings],
  globalTypes: {
    lang: {
      description: 'Language of the page',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'fi', title: 'suomi' },
          { value: 'sv', title: 'svenska' },
          { value: 'en', title: 'English' },
          { value: 'se', title: 'davvisámegiella (draft)' },
        ],
        dynamicTitle: true,
      },
    },
    languageLevel: {
      description: 'Language level of the page: standard, or easy-to-read (selkokieli, lättläst, easy English)',
      toolbar: {
        title: 'Language level',
        icon: 'book',
        items: [
          { value: 'standard', title: 'Standard' },
          { value: 'easy', title: 'Easy-to-read' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the page',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'fi', languageLevel: 'standard', theme: 'light' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    options: { storySort: { order: ['Introduction', 'Foundations', 'Patterns', 'Examples', 'Accessibility', '*'] } },
  },
};
export default preview;
