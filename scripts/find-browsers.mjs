// Runs before `npm test`: the tests need a real Chromium (and use Firefox ESR when present).
import { chromePath, firefoxPath, hasChrome, hasFirefox } from './browsers.mjs';

if (!hasChrome) {
  console.error(`Chromium was not found at ${chromePath}.
Install it, then run the tests again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  elsewhere:      set CHROME_PATH to a Chrome or Chromium binary, e.g. CHROME_PATH=/path/to/chrome npm test`);
  process.exit(1);
}
console.log(`Chromium: ${chromePath}`);
console.log(hasFirefox
  ? `Firefox:  ${firefoxPath}`
  : `Firefox ESR not found at ${firefoxPath}: its test groups are skipped.
  To include them: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
