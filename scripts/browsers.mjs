// Where the test browsers are: CHROME_PATH / FIREFOX_PATH, else Debian's packages.
import { existsSync } from 'node:fs';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const hasChrome = existsSync(chromePath);
export const hasFirefox = existsSync(firefoxPath);
