import { recordingUnsupportedError } from './recording-errors.js';

/** The container a page asks clips in; `auto`: the first the browser records, WebM before MP4. */
export type ClipFormat = 'auto' | 'video/webm' | 'video/mp4';
export const clipFormats: readonly ClipFormat[] = ['auto', 'video/webm', 'video/mp4'];

/** Each container's types, best first: with sound, then without. */
const containers: Record<Exclude<ClipFormat, 'auto'>, [withAudio: string[], silent: string[]]> = {
  'video/webm': [['video/webm;codecs=vp9,opus', 'video/webm;codecs=vp8,opus', 'video/webm'], ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm']],
  // Chromium records H.264 with Opus; Safari with AAC.
  'video/mp4': [['video/mp4;codecs=avc1,opus', 'video/mp4;codecs=avc1,mp4a.40.2', 'video/mp4'], ['video/mp4;codecs=avc1', 'video/mp4']],
};

const recordable = (container: Exclude<ClipFormat, 'auto'>, withAudio: boolean) =>
  containers[container][withAudio ? 0 : 1].find((type) => MediaRecorder.isTypeSupported(type));

export interface ChosenType {
  mimeType: string;
  /** The format asked for cannot be recorded here: another was chosen. */
  fellBack: boolean;
}

/**
 * The type to record `format` in: the container asked for where this browser's MediaRecorder
 * writes it, else the other one (`fellBack`). Throws (`unsupported`, reason
 * `recording-unsupported`) when it writes neither or has no MediaRecorder: a recorder left to
 * choose would write a type nobody asked for.
 */
export function chooseMimeType(withAudio: boolean, format: ClipFormat = 'auto'): ChosenType {
  const order: Exclude<ClipFormat, 'auto'>[] = format === 'video/mp4' ? ['video/mp4', 'video/webm'] : ['video/webm', 'video/mp4'];
  if (typeof MediaRecorder === 'function') {
    for (const container of order) {
      const mimeType = recordable(container, withAudio);
      if (mimeType) return { mimeType, fellBack: format !== 'auto' && container !== format };
    }
  }
  throw recordingUnsupportedError();
}
