import { panelTexts, type panelStrings } from './constraint-panel.strings.js';

export interface ResolutionPreset {
  /** The preset's name, from the texts in force when `resolutionPresets()` was called. */
  label: string;
  width: number;
  height: number;
  /** Whether the capabilities allow this size. */
  reachable: boolean;
}

type PresetKey = keyof typeof panelStrings & `panelPreset${string}`;

const presets: { name: PresetKey; width: number; height: number }[] = [
  { name: 'panelPresetQvga', width: 320, height: 240 },
  { name: 'panelPresetVga', width: 640, height: 480 },
  { name: 'panelPresetHd', width: 1280, height: 720 },
  { name: 'panelPresetFullHd', width: 1920, height: 1080 },
  { name: 'panelPreset4k', width: 3840, height: 2160 },
];

type Range = { min?: number; max?: number } | undefined;
const within = (value: number, range: Range) => range !== undefined && value >= (range.min ?? 0) && value <= (range.max ?? Infinity);

/**
 * The common sizes, each marked reachable or not, then "Max": the largest size the camera
 * reports. Named with the texts in force: call it when rendering, so a language switch shows.
 */
export function resolutionPresets(capabilities: Readonly<MediaTrackCapabilities>): ResolutionPreset[] {
  const s = panelTexts();
  const width = capabilities.width;
  const height = capabilities.height;
  const list = presets.map(({ name, ...size }) => ({
    label: s[name], ...size, reachable: within(size.width, width) && within(size.height, height),
  }));
  if (width?.max && height?.max) list.push({ label: s.panelPresetMax, width: width.max, height: height.max, reachable: true });
  return list;
}
