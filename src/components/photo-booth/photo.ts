/** A photo the booth took (or was given through its file picker). */
export interface CapturePhoto {
  blob: Blob;
  /** An object URL of `blob`, revoked when the photo leaves the gallery or the booth leaves the page. */
  url: string;
  width: number;
  height: number;
  takenAt: Date;
}

export const photoFormats = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type PhotoFormat = (typeof photoFormats)[number];

const extensions: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };
const pad = (n: number) => String(n).padStart(2, '0');

/** `photo-2026-11-27_10-42-03.jpg`: sorts by time, and the extension matches the blob. */
export function photoFileName(photo: Pick<CapturePhoto, 'blob' | 'takenAt'>): string {
  const t = photo.takenAt;
  const date = `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
  const time = `${pad(t.getHours())}-${pad(t.getMinutes())}-${pad(t.getSeconds())}`;
  return `photo-${date}_${time}.${extensions[photo.blob.type] ?? 'png'}`;
}
