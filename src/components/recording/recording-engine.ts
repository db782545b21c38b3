// What a recording needs once it starts, loaded then (import()): pages that never record never
// fetch the recorder, its sound mix, the copy kept while recording or the format choice.
export { chooseMimeType } from './clip-format.js';
export { ClipRecorder } from './clip-recorder.js';
export { ClipKeeper } from './clip-keeper.js';
export { seekableClip } from './seekable-clip.js';
