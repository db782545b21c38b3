/** How a crop request ended: applied, or why the whole surface stays shared. */
export type CropOutcome = 'cropped' | 'unsupported' | 'no-target' | 'not-this-tab';

type Target = object;
interface CroppableTrack {
  cropTo?(target: Target | null): Promise<void>;
  restrictTo?(target: Target | null): Promise<void>;
}
interface TargetFactory {
  fromElement(element: Element): Promise<Target>;
}

/**
 * Crops a capture of this page's own tab to `element` (Region Capture: `CropTarget` and
 * `track.cropTo`), or restricts it to the element (Element Capture: `RestrictionTarget` and
 * `track.restrictTo`) where only that exists. Anything else leaves the whole surface shared and
 * says why; it never throws.
 */
export async function cropToElement(track: MediaStreamTrack, element: Element | null): Promise<CropOutcome> {
  const scope = globalThis as { CropTarget?: TargetFactory; RestrictionTarget?: TargetFactory };
  const croppable = track as MediaStreamTrack & CroppableTrack;
  const crop = scope.CropTarget && croppable.cropTo
    ? { factory: scope.CropTarget, apply: (t: Target) => croppable.cropTo!(t) }
    : scope.RestrictionTarget && croppable.restrictTo
      ? { factory: scope.RestrictionTarget, apply: (t: Target) => croppable.restrictTo!(t) }
      : undefined;
  if (!crop) return 'unsupported';
  if (!element) return 'no-target';
  try {
    await crop.apply(await crop.factory.fromElement(element));
    return 'cropped';
  } catch {
    // The shared surface is another tab or a screen: only this page's own tab can be cropped.
    return 'not-this-tab';
  }
}
