export type ParsedConstraints = { constraints: MediaTrackConstraints; error?: undefined } | { error: string; constraints?: undefined };

/** Reads the JSON editor: a constraints object, or the reason it is not one. */
export function parseConstraints(text: string): ParsedConstraints {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'Constraints must be a JSON object, like { "width": { "ideal": 1280 } }.' };
  }
  const { advanced } = value as { advanced?: unknown };
  if (advanced !== undefined && !(Array.isArray(advanced) && advanced.every((set) => typeof set === 'object' && set !== null))) {
    return { error: '"advanced" must be a list of constraint sets, like [{ "width": 1920 }].' };
  }
  return { constraints: value };
}
