import { previewTexts } from './camera-preview.strings.js';

type Browser = 'chrome' | 'firefox' | 'safari' | 'other';

/** Which browser's settings the person has to open; Edge, Opera and Brave share Chrome's steps. */
export function browserFamily(userAgent = globalThis.navigator?.userAgent ?? ''): Browser {
  if (/Firefox\//.test(userAgent)) return 'firefox';
  if (/Chrom(e|ium)\/|Edg\//.test(userAgent)) return 'chrome';
  if (/Safari\//.test(userAgent)) return 'safari';
  return 'other';
}

/** The steps that re-allow the camera in this browser. */
export function deniedHelp(browser: Browser = browserFamily()): string {
  const s = previewTexts();
  return { chrome: s.deniedHelpChrome, firefox: s.deniedHelpFirefox, safari: s.deniedHelpSafari, other: s.deniedHelpOther }[browser];
}
