import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { reactAsModules } from './scripts/test/react-as-modules.mjs';
import { chromePath, chromiumFlags, firefoxPath, hasFirefox } from './scripts/browsers.mjs';
import { totalsReporter } from './scripts/totals-reporter.mjs';
import { hasWebKit, webkitLauncher } from './scripts/test/webkit-launcher.mjs';
import { fakeMediaFiles } from './scripts/test/fake-media-files.mjs';

// The fake devices without --use-fake-ui-for-media-stream: each group says how prompts end.
const testFlags = [...chromiumFlags, '--use-fake-device-for-media-stream',
  // an AudioContext may run without a click, as it does after the person pressed a start button
  '--autoplay-policy=no-user-gesture-required'];

const chromium = (extra = []) => chromeLauncher({
  launchOptions: { executablePath: chromePath, headless: true, args: [...testFlags, ...extra] },
});

const firefox = (prefs = {}) => puppeteerLauncher({
  launchOptions: {
    browser: 'firefox', // WebDriver BiDi, no download
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: { 'media.navigator.streams.fake': true, ...prefs },
  },
});

/**
 * `await executeServerCommand('set-media-permission', { setting: 'denied' })` flips the camera
 * and microphone permission of the page's origin without a reload (Chromium only).
 */
const mediaPermissionPlugin = {
  name: 'media-permission',
  async executeCommand({ command, payload, session }) {
    if (command !== 'set-media-permission') return undefined;
    if (typeof session.browser.getPage !== 'function') throw new Error('set-media-permission needs a Chromium page');
    const page = session.browser.getPage(session.id);
    const origin = new URL(page.url()).origin;
    await page.browserContext().setPermission(origin,
      { permission: { name: 'camera' }, state: payload.setting },
      { permission: { name: 'microphone' }, state: payload.setting });
    return true;
  },
};

/**
 * `await executeServerCommand('set-page-visible', { visible: false })` hides the test page
 * behind another tab (document.visibilityState becomes 'hidden'); `{ visible: true }` brings it
 * back (Chromium only).
 */
const pageVisibilityPlugin = {
  name: 'page-visibility',
  covers: new Map(),
  async executeCommand({ command, payload, session }) {
    if (command !== 'set-page-visible') return undefined;
    if (typeof session.browser.getPage !== 'function') throw new Error('set-page-visible needs a Chromium page');
    const page = session.browser.getPage(session.id);
    if (payload.visible) {
      await page.bringToFront();
      await this.covers.get(session.id)?.close();
      this.covers.delete(session.id);
    } else if (!this.covers.has(session.id)) {
      const cover = await page.browserContext().newPage();
      await cover.bringToFront();
      this.covers.set(session.id, cover);
    }
    return true;
  },
};

/** The empty module that stands for a package's Node-only files (`browser` field mapping them to false). */
const emptyModulePlugin = {
  name: 'empty-module',
  serve: (context) => (context.path.endsWith('node-resolve:empty.js') ? { body: 'export default {};', type: 'js' } : undefined),
};

// *.denied.test.ts: every prompt refused. *.permission.test.ts: the test sets the permission.
// *.chromium.test.ts: needs a Chromium-only feature (for instance the permission command).
// *.image-capture.test.ts: also run in WebKit with its ImageCapture feature turned on.
// *.tab-capture.test.ts: Chromium whose picker gives the test's own tab (Region Capture).
// *.black-silent.test.ts: Chromium with a black camera and a silent microphone.
// *.still-camera.test.ts: Chromium with a camera whose picture never moves.
// *.three-devices.test.ts: Chromium with three fake cameras and three microphones.
// *.stress.test.ts: long churn runs, only in `npm run test:stress` (web-test-runner.stress.config.mjs).
const normal = ['test/**/*.test.ts', '!test/**/*.denied.test.ts', '!test/**/*.permission.test.ts', '!test/**/*.stress.test.ts',
  '!test/**/*.tab-capture.test.ts', '!test/**/*.black-silent.test.ts', '!test/**/*.still-camera.test.ts',
  '!test/**/*.three-devices.test.ts'];
const media = fakeMediaFiles();

const groups = [
  { name: 'chromium', files: normal, browsers: [chromium(['--use-fake-ui-for-media-stream'])] },
  { name: 'chromium-denied', files: 'test/**/*.denied.test.ts', browsers: [chromium(['--deny-permission-prompts'])] },
  { name: 'chromium-permission', files: 'test/**/*.permission.test.ts', browsers: [chromium()] },
  // Without the fake picker (which wins over it): getDisplayMedia({ preferCurrentTab }) gives this tab.
  { name: 'chromium-tab-capture', files: 'test/**/*.tab-capture.test.ts', browsers: [chromium(['--auto-accept-this-tab-capture'])] },
  { name: 'chromium-black-silent', files: 'test/**/*.black-silent.test.ts', browsers: [chromium(['--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${media.blackCamera}`, `--use-file-for-fake-audio-capture=${media.silentMicrophone}`])] },
  { name: 'chromium-three-devices', files: 'test/**/*.three-devices.test.ts',
    browsers: [chromium(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream=device-count=3'])] },
  { name: 'chromium-still-camera', files: 'test/**/*.still-camera.test.ts', browsers: [chromium(['--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${media.stillCamera}`])] },
];
if (hasFirefox) {
  groups.push(
    { name: 'firefox', files: [...normal, '!test/**/*.chromium.test.ts'],
      browsers: [firefox({ 'media.navigator.permission.disabled': true,
        // an AudioContext may run without a click (Web Audio also needs a PulseAudio server)
        'media.autoplay.default': 0, 'media.autoplay.block-webaudio': false, 'media.autoplay.blocking_policy': 0 })] },
    { name: 'firefox-denied', files: 'test/**/*.denied.test.ts',
      browsers: [firefox({ 'permissions.default.camera': 2, 'permissions.default.microphone': 2 })] },
  );
}

// WebKitGTK (Safari's engine): the files Firefox runs, with Safari's defaults (no ImageCapture),
// and the ImageCapture files again with that feature on. Its mock devices grant every prompt.
if (hasWebKit) {
  groups.push(
    { name: 'webkit', files: [...normal, '!test/**/*.chromium.test.ts'], browsers: [webkitLauncher()] },
    { name: 'webkit-image-capture', files: 'test/**/*.image-capture.test.ts', browsers: [webkitLauncher(['ImageCapture'])] },
  );
}

// TEST_RETRY (scripts/test/run-tests.mjs): only these groups, each with only these files.
const retry = process.env.TEST_RETRY ? JSON.parse(process.env.TEST_RETRY) : undefined;

export default {
  // `browser`: packages that map their Node-only modules away (mediabunny) get empty ones, as in a bundler.
  nodeResolve: { browser: true },
  concurrency: 1,
  // WebKit starts a browser per file under Xvfb: slower to start than the headless ones.
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // A file's whole run: the table of every attribute set after connecting takes about two minutes in WebKit.
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 15000 } },
  reporters: [defaultReporter(), totalsReporter()],
  // Lit announces its development build in every file; nothing to act on in tests.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // Every other warning of Lit's development build fails the test that caused it. The setup runs
  // after the framework (it adds mocha root hooks) and before the test file (which loads Lit).
  testRunnerHtml: (testFramework) => `<!DOCTYPE html><html><body>
    <script type="module" src="${testFramework}"></script>
    <script type="module" src="/test/setup/lit-warnings.ts"></script>
  </body></html>`,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), reactAsModules(), emptyModulePlugin, mediaPermissionPlugin, pageVisibilityPlugin],
  groups: retry ? groups.filter((group) => retry[group.name]).map((group) => ({ ...group, files: retry[group.name] })) : groups,
};
