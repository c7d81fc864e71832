import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';
import { docLinksPlugin, SITE_FILES } from './doc-links.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Files the docs pages link to, served by the site as they are (the JSON Schemas).
  staticDirs: Object.entries(SITE_FILES).map(([from, to]) => ({ from: `../${from}`, to: `/${to}` })),
  async viteFinal(viteConfig) {
    viteConfig.resolve ??= {};
    // Stories run on the packages' TypeScript sources, not on a build.
    viteConfig.resolve.conditions = ['@auta/source', 'module', 'browser', 'development|production'];
    // Relative links in the Markdown pages go to the page of the site that shows their target.
    viteConfig.plugins = [...(viteConfig.plugins ?? []), docLinksPlugin(ROOT)];
    return viteConfig;
  },
};
export default config;
