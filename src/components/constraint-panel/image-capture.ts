import { advancedOnly } from './capability-controls.js';

const isImageCaptureSet = (set: MediaTrackConstraintSet) => Object.keys(set).some((name) => advancedOnly.has(name));

/**
 * What a browser left out of `asked` when it applied only its Image Capture part, or null.
 *
 * Chromium applies only the Image Capture part of a set that has one (the `advanced` sets with
 * zoom, exposureTime, focusDistance…), ignores the rest without an error, reports only that part
 * from `getConstraints()`, and keeps it in force through a later set that has none. So when
 * `reported` (what the track says after the apply) lacks a constraint of the rest, the rest is
 * to be applied on its own. Other browsers report the whole set: null.
 */
export function leftOutBesideImageCapture(
  asked: Readonly<MediaTrackConstraints>, reported: Readonly<MediaTrackConstraints>,
): MediaTrackConstraints | null {
  const advanced = asked.advanced ?? [];
  if (!advanced.some(isImageCaptureSet)) return null;
  const rest: MediaTrackConstraints = Object.fromEntries(Object.entries(asked).filter(([name]) => name !== 'advanced'));
  if (Object.keys(rest).every((name) => name in reported)) return null;
  const others = advanced.filter((set) => !isImageCaptureSet(set));
  return others.length > 0 ? { ...rest, advanced: others } : rest;
}
