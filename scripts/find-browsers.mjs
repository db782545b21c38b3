// Runs before `npm test`: the tests need a real Chromium, and use Firefox ESR and WebKitGTK
// (Safari's engine) when present. REQUIRE_ALL_BROWSERS=1 (CI) fails when one is missing.
import { chromePath, firefoxPath, hasChrome, hasFirefox } from './browsers.mjs';
import { hasWebKit, miniBrowserPath, webkitDriverPath } from './test/webkit-launcher.mjs';

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
console.log(hasWebKit
  ? `WebKit:   ${miniBrowserPath} (driven by ${webkitDriverPath})`
  : `WebKitGTK not found (${webkitDriverPath}, ${miniBrowserPath}, and Xvfb or a display): its test groups are skipped.
  To include them: sudo apt-get install -y webkit2gtk-driver xvfb xauth gstreamer1.0-plugins-bad gstreamer1.0-libav gstreamer1.0-gl libgl1-mesa-dri`);
if (process.env.REQUIRE_ALL_BROWSERS && !(hasFirefox && hasWebKit)) {
  console.error('REQUIRE_ALL_BROWSERS is set and a browser is missing: failing.');
  process.exit(1);
}
