// Types shared by the elements, their events and pages: here so that the events module needs no element.

/** A clip the booth recorded. */
export interface CaptureClip {
  blob: Blob;
  /**
   * An object URL of `blob`, made the first time it is read. In the gallery, the booth revokes it
   * when the clip is deleted or the booth leaves the page; for a clip the page kept out of the
   * gallery (`preventDefault()`), the page revokes it when done.
   */
  readonly url: string;
  mimeType: string;
  /** Seconds. */
  duration: number;
  takenAt: Date;
  /** Recovered from a recording cut short by a reload, a crash or a closed tab (`recoverClips()`). */
  recovered?: boolean;
}

/** One piece of a recording's file as the recorder wrote it: the pieces joined in order make the file. */
export interface RecordingChunk {
  /** 0 for the first piece; the first holds the file's header. */
  index: number;
  blob: Blob;
  /** Seconds recorded when it was written, pauses left out. */
  elapsed: number;
}

/** A photo the booth took (or was given through its file picker). */
export interface CapturePhoto {
  blob: Blob;
  /**
   * An object URL of `blob`, made the first time it is read. In the gallery, the booth revokes it
   * when the photo is deleted or the booth leaves the page; for a photo the page kept out of the
   * gallery (`preventDefault()`), the page revokes it when done.
   */
  readonly url: string;
  width: number;
  height: number;
  takenAt: Date;
}
