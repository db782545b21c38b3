import { textsWith } from '../../i18n/strings.js';

/** The texts <constraint-panel> shows, in English; `setStrings()` replaces them. */
export const panelStrings = {
  panelPresets: 'Resolution',
  panelControls: 'Capabilities',
  panelSettings: 'Settings',
  panelConstraint: 'Constraint',
  panelAsked: 'Asked',
  panelDelivered: 'Delivered',
  panelAdvanced: 'Advanced: constraints as JSON',
  panelJsonLabel: 'Constraints (JSON)',
  panelApply: 'Apply',
  panelReset: 'Reset to the constraints in force',
  panelSupported: 'Constraints this browser knows ({n})',
  panelNoTrack: 'Start capture to change these settings; the controls show what the selected device can do.',
  panelNumberLabel: '{name}, number',
  panelNoneOffered: 'none offered',
  panelFailedWhy: 'The browser said: {why}',
  // the JSON editor's reasons for refusing its text ({detail}: the browser's own parse error)
  panelJsonInvalid: 'This is not valid JSON: {detail}',
  panelJsonNotObject: 'Constraints must be a JSON object, like { "width": { "ideal": 1280 } }.',
  panelJsonAdvancedNotList: '"advanced" must be a list of constraint sets, like [{ "width": 1920 }].',
  // resolution presets (each button reads "name width×height")
  panelPresetQvga: 'QVGA',
  panelPresetVga: 'VGA',
  panelPresetHd: 'HD',
  panelPresetFullHd: 'Full HD',
  panelPreset4k: '4K',
  panelPresetMax: 'Max',
  // a value in its unit ({value}: the number as shown)
  panelUnitPixels: '{value} px',
  panelUnitFps: '{value} fps',
  panelUnitHertz: '{value} Hz',
  panelUnitBits: '{value} bits',
  panelUnitSeconds: '{value} s',
  panelUnitChannels: '{value} channels',
  panelUnitKelvin: '{value} K',
  panelUnitExposureTime: '{value} × 100 µs',
  panelUnitMetres: '{value} m',
  panelUnitTimes: '{value} ×',
  panelUnitDegrees: '{value} °',
} satisfies Record<string, string>;

/** The texts in force (defaults, then what `setStrings()` gave). */
export const panelTexts = /* @__PURE__ */ textsWith(panelStrings);
