export interface ResolutionPreset {
  label: string;
  width: number;
  height: number;
  /** Whether the capabilities allow this size. */
  reachable: boolean;
}

const presets = [
  { label: 'QVGA', width: 320, height: 240 },
  { label: 'VGA', width: 640, height: 480 },
  { label: 'HD', width: 1280, height: 720 },
  { label: 'Full HD', width: 1920, height: 1080 },
  { label: '4K', width: 3840, height: 2160 },
];

type Range = { min?: number; max?: number } | undefined;
const within = (value: number, range: Range) => range !== undefined && value >= (range.min ?? 0) && value <= (range.max ?? Infinity);

/** The common sizes, each marked reachable or not, then "Max": the largest size the camera reports. */
export function resolutionPresets(capabilities: Readonly<MediaTrackCapabilities>): ResolutionPreset[] {
  const width = capabilities.width;
  const height = capabilities.height;
  const list = presets.map((p) => ({ ...p, reachable: within(p.width, width) && within(p.height, height) }));
  if (width?.max && height?.max) list.push({ label: 'Max', width: width.max, height: height.max, reachable: true });
  return list;
}
