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
} satisfies Record<string, string>;

/** The texts in force (defaults, then what `setStrings()` gave). */
export const panelTexts = /* @__PURE__ */ textsWith(panelStrings);
