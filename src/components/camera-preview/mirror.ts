/**
 * Whether a preview shows the picture mirrored: as asked, else like a selfie unless the camera
 * faces away from the person (desktop webcams report no facing mode and face the person).
 */
export const mirrors = (mirror: boolean | undefined, settings: MediaTrackSettings | undefined): boolean =>
  mirror ?? settings?.facingMode !== 'environment';
