import type { RecordedClip } from './clip-recorder.js';

/**
 * The clip as a file people can keep: its duration written and an index to seek with (see
 * `remux`). The muxer is loaded the first time a clip is finished, so pages that only take photos
 * never fetch it. A file it cannot read is handed out as recorded, with a warning.
 */
export async function seekableClip(clip: RecordedClip): Promise<RecordedClip> {
  if (clip.blob.size === 0) return clip;
  try {
    const { remux } = await import('./remux.js');
    const { blob, duration } = await remux(clip.blob);
    return { ...clip, blob, duration: duration > 0 ? duration : clip.duration };
  } catch (cause) {
    console.warn('capture-kit: the clip could not be made seekable; it is kept as recorded.', cause);
    return clip;
  }
}
