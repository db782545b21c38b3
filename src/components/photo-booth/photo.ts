import type { CapturePhoto } from '../../types.js';

export type { CaptureClip, CapturePhoto } from '../../types.js';

export const photoFormats = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type PhotoFormat = (typeof photoFormats)[number];

const extensions: Record<string, string> = {
  'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'video/webm': 'webm', 'video/mp4': 'mp4',
};
const pad = (n: number) => String(n).padStart(2, '0');

/** `photo-2026-11-27_10-42-03.jpg`, `clip-….webm`: sorts by time, and the extension matches the blob. */
export function captureFileName(item: Pick<CapturePhoto, 'blob' | 'takenAt'>): string {
  const t = item.takenAt;
  const date = `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
  const time = `${pad(t.getHours())}-${pad(t.getMinutes())}-${pad(t.getSeconds())}`;
  const type = item.blob.type.split(';')[0];
  const prefix = type.startsWith('video/') ? 'clip' : 'photo';
  return `${prefix}-${date}_${time}.${extensions[type] ?? (prefix === 'clip' ? 'webm' : 'png')}`;
}
