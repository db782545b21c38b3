// The list with live previews (`previews`), loaded when a picker first shows its button: a page
// whose pickers are selects never fetches it.
export { DevicePreviews } from './device-previews.js';
export { movedIndex } from './listbox-keys.js';
export { MicrophoneLevels } from './microphone-levels.js';
export { previewList } from './preview-list.js';
