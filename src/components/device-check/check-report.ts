import type { PermissionValue } from '../../core/index.js';

/** How a check turned out: fine, worth a look, or in the way of a call. */
export type CheckStatus = 'ok' | 'warning' | 'fail';
export type CheckName = 'camera' | 'microphone' | 'speaker' | 'permissions' | 'browser';

/** Every check's verdict: its status and a code naming what was found (`not-checked` before it ran). */
export interface Verdict {
  status: CheckStatus;
  code: string;
}

export interface CameraReport extends Verdict {
  /** The camera's name. */
  device?: string;
  /** What it delivers: size and frames a second measured over the check. */
  width?: number;
  height?: number;
  frameRate?: number;
  /** Frames seen during the check. */
  frames: number;
  black: boolean;
  frozen: boolean;
}

export interface MicrophoneReport extends Verdict {
  device?: string;
  /** The loudest level heard, 0–100 (-60 dBFS to full scale). */
  peakLevel: number;
  /** The longest stretch of silence, in seconds. */
  silentSeconds: number;
}

export interface SpeakerReport extends Verdict {
  device?: string;
  /** Whether this browser lets the page choose the speaker (`setSinkId`). */
  canChoose: boolean;
  /** The test sound played without an error. */
  played: boolean;
  /** What the person answered: heard it, or not (undefined: not asked yet). */
  heard?: boolean;
}

export interface PermissionsReport extends Verdict {
  camera: PermissionValue;
  microphone: PermissionValue;
  /** Whether the page is inside a frame. */
  framed: boolean;
  /** What the permissions policy allows this page (null where the browser cannot say). */
  policy: { camera: boolean | null; microphone: boolean | null };
}

export interface BrowserReport extends Verdict {
  name: string;
  version: string;
  os: string;
  /** Each feature the kit uses, and whether this browser has it. */
  features: Record<string, boolean>;
}

/** The whole result of `<device-check>`, as plain JSON. */
export interface DeviceCheckReport {
  camera: CameraReport;
  microphone: MicrophoneReport;
  speaker: SpeakerReport;
  permissions: PermissionsReport;
  browser: BrowserReport;
  /** When the report was made (ISO 8601). */
  checkedAt: string;
}

export const notChecked = { status: 'warning', code: 'not-checked' } as const;
