// Types shared by the elements, their events and pages: here so that the events module needs no element.

/** A clip the booth recorded. */
export interface CaptureClip {
  blob: Blob;
  /** An object URL of `blob`, revoked when the clip leaves the gallery or the booth leaves the page. */
  url: string;
  mimeType: string;
  /** Seconds. */
  duration: number;
  takenAt: Date;
}

/** A photo the booth took (or was given through its file picker). */
export interface CapturePhoto {
  blob: Blob;
  /** An object URL of `blob`, revoked when the photo leaves the gallery or the booth leaves the page. */
  url: string;
  width: number;
  height: number;
  takenAt: Date;
}
