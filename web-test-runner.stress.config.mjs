// npm run test:stress: the long churn tests, in Chromium (1,000 cycles of each element) and,
// where it is installed, WebKit (100: each cycle there takes about ten times as long).
import config from './web-test-runner.config.mjs';

const cycles = { chromium: 1000, webkit: 100 };
const groups = config.groups
  .filter((group) => group.name in cycles)
  .map((group) => ({
    name: group.name,
    files: 'test/**/*.stress.test.ts',
    browsers: group.browsers,
    // The test reads its number of cycles from the page.
    testRunnerHtml: (testFramework, ...rest) => config.testRunnerHtml(testFramework, ...rest)
      .replace('<body>', `<body><script>globalThis.churnCycles = ${cycles[group.name]};</script>`),
  }));

export default {
  ...config,
  groups,
  testFramework: { config: { timeout: 600_000 } },
  testsFinishTimeout: 1_800_000,
};
