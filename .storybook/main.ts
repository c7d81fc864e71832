import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    viteConfig.resolve ??= {};
    // Stories run on the packages' TypeScript sources, not on a build.
    viteConfig.resolve.conditions = ['@auta/source', 'module', 'browser', 'development|production'];
    return viteConfig;
  },
};
export default config;
