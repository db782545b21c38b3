// npm run test:stress: the long churn tests, in Chromium with fake devices.
import config from './web-test-runner.config.mjs';

const chromium = config.groups.find((group) => group.name === 'chromium');

export default {
  ...config,
  groups: undefined,
  files: 'test/**/*.stress.test.ts',
  browsers: chromium.browsers,
  testFramework: { config: { timeout: 600_000 } },
  testsFinishTimeout: 1_800_000,
};
