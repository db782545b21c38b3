import { html } from 'lit';
import { panelTexts, type panelStrings } from './constraint-panel.strings.js';

type NameKey = keyof typeof panelStrings & `panelName${string}`;

/** The strings-table entry naming each constraint for people. */
const names: Record<string, NameKey> = {
  width: 'panelNameWidth',
  height: 'panelNameHeight',
  aspectRatio: 'panelNameAspectRatio',
  frameRate: 'panelNameFrameRate',
  facingMode: 'panelNameFacingMode',
  resizeMode: 'panelNameResizeMode',
  sampleRate: 'panelNameSampleRate',
  sampleSize: 'panelNameSampleSize',
  echoCancellation: 'panelNameEchoCancellation',
  autoGainControl: 'panelNameAutoGainControl',
  noiseSuppression: 'panelNameNoiseSuppression',
  latency: 'panelNameLatency',
  channelCount: 'panelNameChannelCount',
  voiceIsolation: 'panelNameVoiceIsolation',
  whiteBalanceMode: 'panelNameWhiteBalanceMode',
  exposureMode: 'panelNameExposureMode',
  focusMode: 'panelNameFocusMode',
  pointsOfInterest: 'panelNamePointsOfInterest',
  exposureCompensation: 'panelNameExposureCompensation',
  exposureTime: 'panelNameExposureTime',
  colorTemperature: 'panelNameColorTemperature',
  iso: 'panelNameIso',
  brightness: 'panelNameBrightness',
  contrast: 'panelNameContrast',
  saturation: 'panelNameSaturation',
  sharpness: 'panelNameSharpness',
  focusDistance: 'panelNameFocusDistance',
  pan: 'panelNamePan',
  tilt: 'panelNameTilt',
  zoom: 'panelNameZoom',
  torch: 'panelNameTorch',
  backgroundBlur: 'panelNameBackgroundBlur',
  displaySurface: 'panelNameDisplaySurface',
};

/** "Frame rate" for `frameRate`, in the texts in force; a constraint the table does not know keeps its own name. */
export function constraintLabel(name: string): string {
  return Object.hasOwn(names, name) ? panelTexts()[names[name]] : name;
}

/** The label, with the constraint's own name after it, smaller, for developers (left out of the accessible name when they are the same words). */
export function renderConstraintName(name: string) {
  const label = constraintLabel(name);
  return label === name ? html`<code class="name">${name}</code>` : html`${label} <code class="name" aria-hidden="true">${name}</code>`;
}
