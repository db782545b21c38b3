import type { ComplexAttributeConverter } from 'lit';
import type { MediaRequest } from '../core/index.js';
import { warnBadAttribute } from './warn.js';

/**
 * Reads a `video` / `audio` attribute: absent → `fallback`, empty or "true" → `true`,
 * "false" → `false`, otherwise a JSON MediaTrackConstraints object. Anything else warns
 * and gives `fallback`.
 */
export function mediaRequestConverter(tag: string, attribute: string, fallback: boolean): ComplexAttributeConverter<MediaRequest> {
  return {
    fromAttribute(value: string | null): MediaRequest {
      const text = value?.trim();
      if (text === undefined) return fallback;
      if (text === '' || text === 'true') return true;
      if (text === 'false') return false;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        warnBadAttribute(tag, attribute, value, `is not valid JSON (${(error as Error).message})`, String(fallback));
        return fallback;
      }
      if (typeof parsed === 'boolean') return parsed;
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed;
      warnBadAttribute(tag, attribute, value, 'is not true, false or a JSON constraints object', String(fallback));
      return fallback;
    },
    toAttribute: (value: MediaRequest) => (typeof value === 'boolean' ? String(value) : JSON.stringify(value)),
  };
}
