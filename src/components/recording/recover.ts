import type { RecoverableClip } from './recover-clips.js';

export type { RecoverableClip };

/**
 * The recordings of this origin that were cut short (a reload, a crash, a closed tab), oldest
 * first: each can be restored as a clip or discarded. Recordings running now, in this tab or
 * another, are not listed. Never rejects ([] where the browser keeps no storage). The storage
 * code is loaded on the first call.
 */
export const recoverClips = (): Promise<RecoverableClip[]> => import('./recover-clips.js').then((module) => module.recoverClips());
