import { textsWith } from '../../i18n/strings.js';

/** The texts <audio-meter> shows, in English; `setStrings()` replaces them. */
export const meterStrings = {
  meterLabel: 'Microphone level',
  meterIdle: 'Microphone off',
  /** The level read out (`aria-valuetext`), 0–100. */
  meterValue: '{level}%',
} satisfies Record<string, string>;

/** The texts in force (defaults, then what `setStrings()` gave). */
export const meterTexts = /* @__PURE__ */ textsWith(meterStrings);
