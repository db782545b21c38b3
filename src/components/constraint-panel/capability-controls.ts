/** One control the panel generates from a capability the track reports. */
export type ControlSpec =
  | { type: 'range'; name: string; min: number; max: number; step: number }
  | { type: 'switch'; name: string }
  | { type: 'choice'; name: string; options: readonly (string | boolean)[] };

/** Identify a device rather than describe what it can do: no control for them. */
const identities = new Set(['deviceId', 'groupId']);

/**
 * Constraints that Chromium applies only inside an `advanced` set (the Image Capture ones):
 * they are sent together in the first set, `advanced: [{ zoom: 2, torch: true }]`.
 */
export const advancedOnly = new Set([
  'whiteBalanceMode', 'exposureMode', 'focusMode', 'pointsOfInterest', 'exposureCompensation', 'exposureTime',
  'colorTemperature', 'iso', 'brightness', 'contrast', 'saturation', 'sharpness', 'focusDistance',
  'pan', 'tilt', 'zoom', 'torch', 'backgroundBlur',
]);

const isRange = (value: unknown): value is { min?: number; max?: number; step?: number } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && ('min' in value || 'max' in value);

/** A range without a reported step: whole numbers where the bounds are whole, else hundredths. */
function stepOf(range: { min?: number; max?: number; step?: number }): number {
  if (range.step && range.step > 0) return range.step;
  return Number.isInteger(range.min ?? 0) && Number.isInteger(range.max ?? 0) && (range.max ?? 0) - (range.min ?? 0) > 2 ? 1 : 0.01;
}

/** The controls for a capabilities object, in its order: ranges, switches and choices. */
export function controlsFor(capabilities: Readonly<MediaTrackCapabilities>): ControlSpec[] {
  const controls: ControlSpec[] = [];
  for (const [name, value] of Object.entries(capabilities) as [string, unknown][]) {
    if (identities.has(name)) continue;
    if (isRange(value)) {
      controls.push({ type: 'range', name, min: value.min ?? 0, max: value.max ?? value.min ?? 0, step: stepOf(value) });
    } else if (typeof value === 'boolean' || (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'boolean'))) {
      controls.push({ type: 'switch', name });
    } else if (Array.isArray(value)) {
      controls.push({ type: 'choice', name, options: value as (string | boolean)[] });
    }
  }
  return controls;
}

/**
 * The constraint that asks for `value` of `name`, merged into the constraints in force
 * (applyConstraints replaces the whole set, so what was asked before must be asked again).
 * `exact` fails loudly where the device cannot comply; `ideal` takes the nearest it can do.
 */
export function withConstraint(
  current: Readonly<MediaTrackConstraints>, name: string, value: unknown, strength: 'exact' | 'ideal' = 'exact',
): MediaTrackConstraints {
  if (advancedOnly.has(name)) {
    // All in the first advanced set: WebKit applies only the first one it can satisfy.
    const [first = {}, ...rest] = (current.advanced ?? []).map((set) =>
      Object.fromEntries(Object.entries(set).filter(([key]) => key !== name)) as MediaTrackConstraintSet);
    const advanced = [{ ...first, [name]: value }, ...rest].filter((set) => Object.keys(set).length > 0);
    return { ...current, advanced };
  }
  return { ...current, [name]: strength === 'exact' ? { exact: value } : value };
}

/** The value asked for `name` in a constraints object, whatever form it was asked in. */
export function askedValue(constraints: Readonly<MediaTrackConstraints>, name: string): unknown {
  const inAdvanced = constraints.advanced?.find((set) => name in set)?.[name as keyof MediaTrackConstraintSet];
  const asked = (constraints as Record<string, unknown>)[name] ?? inAdvanced;
  if (typeof asked !== 'object' || asked === null || Array.isArray(asked)) return asked;
  const { exact, ideal, min, max } = asked as { exact?: unknown; ideal?: unknown; min?: number; max?: number };
  return exact ?? ideal ?? (min !== undefined || max !== undefined ? `${min ?? ''}–${max ?? ''}` : undefined);
}
