import { notChecked, type BrowserReport } from './check-report.js';

/** The browser's name and version, read from its user agent (the one source every engine gives). */
function nameAndVersion(agent: string): { name: string; version: string } {
  const patterns: [string, RegExp][] = [
    ['Edge', /Edg\/([\d.]+)/], ['Opera', /OPR\/([\d.]+)/], ['Samsung Internet', /SamsungBrowser\/([\d.]+)/],
    ['Firefox', /(?:Firefox|FxiOS)\/([\d.]+)/], ['Chrome', /(?:Chrome|CriOS)\/([\d.]+)/], ['Safari', /Version\/([\d.]+).*Safari/],
  ];
  for (const [name, pattern] of patterns) {
    const match = pattern.exec(agent);
    if (match) return { name, version: match[1] };
  }
  return { name: /AppleWebKit/.test(agent) ? 'WebKit' : 'unknown', version: '' };
}

function system(agent: string): string {
  const systems: [string, RegExp][] = [
    ['iOS', /iPhone|iPad|iPod/], ['Android', /Android/], ['ChromeOS', /CrOS/], ['Windows', /Windows/], ['macOS', /Mac OS X/], ['Linux', /Linux/],
  ];
  return systems.find(([, pattern]) => pattern.test(agent))?.[0] ?? 'unknown';
}

/** Each feature the kit uses, and whether it is here. */
function features(): Record<string, boolean> {
  const media = navigator.mediaDevices;
  const video = HTMLVideoElement.prototype;
  return {
    getUserMedia: typeof media?.getUserMedia === 'function',
    enumerateDevices: typeof media?.enumerateDevices === 'function',
    permissionsQuery: typeof navigator.permissions?.query === 'function',
    mediaRecorder: typeof MediaRecorder === 'function',
    webAudio: typeof AudioContext === 'function',
    chooseSpeaker: 'setSinkId' in HTMLMediaElement.prototype,
    screenSharing: typeof media?.getDisplayMedia === 'function',
    imageCapture: 'ImageCapture' in globalThis,
    videoFrameCallback: 'requestVideoFrameCallback' in video,
    privateFileStorage: typeof navigator.storage?.getDirectory === 'function',
  };
}

/** The browser and system in words, the features the kit uses, and the verdict on them. */
export function checkBrowser(): BrowserReport {
  const agent = navigator.userAgent;
  const found = features();
  const { name, version } = nameAndVersion(agent);
  const verdict = !found.getUserMedia
    ? { status: 'fail' as const, code: 'no-camera-access' }
    : !found.mediaRecorder || !found.webAudio ? { status: 'warning' as const, code: 'missing-features' } : { status: 'ok' as const, code: 'ok' };
  return { ...verdict, name, version, os: system(agent), features: found };
}

/** The browser where there is none to look at (on a server). */
export const browserNotChecked: BrowserReport = { ...notChecked, name: '', version: '', os: '', features: {} };
