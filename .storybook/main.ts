import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // vite.config.ts is loaded too: the playground is an app, not a library build.
  viteFinal: (config) => {
    if (config.build) {
      delete config.build.lib;
      delete config.build.rolldownOptions?.external;
    }
    return config;
  },
};
export default config;
