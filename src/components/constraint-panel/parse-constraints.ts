import { formatString } from '../../i18n/strings.js';
import { panelTexts } from './constraint-panel.strings.js';

/**
 * Why the JSON editor's text is not a constraints object: a code and what its message needs.
 * The panel chooses the words when it renders, so they follow `setStrings()`.
 */
export type ConstraintsProblem =
  /** `JSON.parse` failed; `detail` is the engine's own message (in the engine's language). */
  | { code: 'invalid-json'; params: { detail: string } }
  | { code: 'not-an-object'; params?: undefined }
  | { code: 'advanced-not-a-list'; params?: undefined };

export type ParsedConstraints =
  | { constraints: MediaTrackConstraints; problem?: undefined }
  | { problem: ConstraintsProblem; constraints?: undefined };

/** Reads the JSON editor: a constraints object, or the reason it is not one. */
export function parseConstraints(text: string): ParsedConstraints {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: { code: 'invalid-json', params: { detail: (error as Error).message } } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: { code: 'not-an-object' } };
  }
  const { advanced } = value as { advanced?: unknown };
  if (advanced !== undefined && !(Array.isArray(advanced) && advanced.every((set) => typeof set === 'object' && set !== null))) {
    return { problem: { code: 'advanced-not-a-list' } };
  }
  return { constraints: value };
}

/** The words for a problem, from the texts in force: call it when rendering. */
export function describeProblem(problem: ConstraintsProblem): string {
  const s = panelTexts();
  switch (problem.code) {
    case 'invalid-json': return formatString(s.panelJsonInvalid, problem.params);
    case 'not-an-object': return s.panelJsonNotObject;
    case 'advanced-not-a-list': return s.panelJsonAdvancedNotList;
  }
}
