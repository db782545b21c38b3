import { formatString } from '../../i18n/strings.js';
import type { BrowserReport, CameraReport, CheckName, CheckStatus, DeviceCheckReport, MicrophoneReport, SpeakerReport } from './check-report.js';
import { checkTexts } from './device-check.strings.js';

type Texts = ReturnType<typeof checkTexts>;

/** The browser's own steps to unblock the camera and microphone. */
function unblockSteps(s: Texts, browser: BrowserReport): string {
  if (browser.name === 'Firefox') return s.stepsFirefox;
  if (browser.name === 'Safari' || browser.name === 'WebKit') return s.stepsSafari;
  if (['Chrome', 'Edge', 'Opera', 'Samsung Internet'].includes(browser.name)) return s.stepsChrome;
  return s.stepsOther;
}

function cameraWords(s: Texts, r: CameraReport, detail: string): string {
  const figures = { width: r.width ?? 0, height: r.height ?? 0, fps: r.frameRate ?? 0, detail };
  const words: Record<string, string> = {
    'ok': s.cameraOk, 'off': s.checkCameraOff, 'no-frames': s.cameraNoFrames, 'black': s.cameraBlack, 'frozen': s.cameraFrozen,
    'low-frame-rate': s.cameraLowFrameRate, 'low-resolution': s.cameraLowResolution, 'unavailable': s.cameraUnavailable,
  };
  return formatString(words[r.code] ?? s.notChecked, figures);
}

function microphoneWords(s: Texts, r: MicrophoneReport, detail: string): string {
  const words: Record<string, string> = {
    'ok': s.microphoneOk, 'off': s.microphoneOff, 'silent': s.microphoneSilent, 'not-measured': s.microphoneNotMeasured,
    'unavailable': s.microphoneUnavailable,
  };
  return formatString(words[r.code] ?? s.notChecked, { detail });
}

function speakerWords(s: Texts, r: SpeakerReport, detail: string): string {
  const words: Record<string, string> = { 'ok': s.speakerOk, 'not-heard': s.speakerNotHeard, 'cannot-play': formatString(s.speakerCannotPlay, { detail }) };
  return words[r.code] ?? s.speakerAsk;
}

/** What a person reads about one check: the verdict's words and what to do. */
export function checkMessage(name: CheckName, report: DeviceCheckReport, detail = ''): string {
  const s = checkTexts();
  const { browser, permissions } = report;
  const who = { browser: [browser.name, browser.version].filter(Boolean).join(' '), os: browser.os };
  switch (name) {
    case 'camera': return cameraWords(s, report.camera, detail);
    case 'microphone': return microphoneWords(s, report.microphone, detail);
    case 'speaker': return speakerWords(s, report.speaker, detail);
    case 'permissions': return {
      'ok': s.permissionsOk,
      'not-asked': s.permissionsNotAsked,
      'denied': formatString(s.permissionsDenied, { steps: unblockSteps(s, browser) }),
      'blocked-by-embedding-page': s.permissionsFramed,
      'denied-in-frame': s.permissionsDeniedInFrame,
    }[permissions.code] ?? s.notChecked;
    case 'browser': {
      const missing = Object.entries(browser.features).filter(([, has]) => !has).map(([feature]) => feature).join(', ');
      if (browser.code === 'no-camera-access') return formatString(s.browserNoCamera, who);
      return formatString(browser.code === 'ok' ? s.browserOk : s.browserMissing, { ...who, features: missing });
    }
  }
}

/** The verdict in one word: OK, Check this, Problem. */
export const verdictWord = (status: CheckStatus): string => {
  const s = checkTexts();
  return { ok: s.verdictOk, warning: s.verdictWarning, fail: s.verdictFail }[status];
};
