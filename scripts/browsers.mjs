// Where the test browsers are: CHROME_PATH / FIREFOX_PATH, else Debian's packages.
import { existsSync } from 'node:fs';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const hasChrome = existsSync(chromePath);
export const hasFirefox = existsSync(firefoxPath);

// Chromium refuses to run as root without --no-sandbox; the next five flags stop background
// network traffic and GPU probing.
export const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Fake camera and microphone (`fakeDevice` is what follows `=`, such as `fps=30`), every prompt
 * granted, and sound allowed without a click, as after the person pressed a start button.
 */
export const fakeMediaFlags = (fakeDevice = '') => [
  `--use-fake-device-for-media-stream${fakeDevice ? `=${fakeDevice}` : ''}`, '--use-fake-ui-for-media-stream',
  '--autoplay-policy=no-user-gesture-required'];

let announced = false;

/**
 * Headless Chromium for the scripts (puppeteer-core is passed in, so this module stays
 * import-free). Each script that uses it checks one engine: it says so once.
 */
export function launchChromium(puppeteer, args = fakeMediaFlags()) {
  if (!announced) {
    announced = true;
    console.log(`Engine: Chromium only (${chromePath}); Firefox and WebKit are covered by npm test (docs/browsers.md).`);
  }
  return puppeteer.launch({ executablePath: chromePath, headless: true, args: [...chromiumFlags, ...args] });
}
