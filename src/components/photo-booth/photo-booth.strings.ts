import { textsWith } from '../../i18n/strings.js';

/** The texts <photo-booth> shows, in English; `setStrings()` replaces them. */
export const boothStrings = {
  shutter: 'Take photo',
  cancelCountdown: 'Cancel',
  photoTaken: 'Photo taken',
  photosTaken: '{n} photos taken',
  countdownCancelled: 'Countdown cancelled',
  galleryLabel: 'Photos',
  downloadPhoto: 'Download',
  deletePhoto: 'Delete',
  deleteLabel: 'Delete: {name}',
  downloadLabel: 'Download: {name}',
  clearPhotos: 'Delete all',
  photoAlt: 'Photo taken at {time}',
  clipAlt: 'Clip recorded at {time}',
  startRecording: 'Start recording',
  stopRecording: 'Stop recording',
  recordingStarted: 'Recording',
  recordingSaved: 'Recording saved',
  pauseRecording: 'Pause',
  resumeRecording: 'Resume',
  recordingPaused: 'Recording paused',
  recordingResumed: 'Recording resumed',
  storageFull: 'The device’s storage is full: the recording goes on, but is lost if the page closes before it ends.',
  recoveredLabel: 'Recovered after the page closed',
  recoveredClipAlt: 'Clip recovered, recorded at {time}',
  errorRecording: 'The recording failed: {detail}',
  recordingEmpty: 'nothing was recorded. Try again, recording a little longer.',
  errorRecordingUnsupported: 'This browser cannot record video. Take photos instead, or open the page in another browser.',
  choosePhoto: 'Choose or take a photo with your device instead',
  errorNoFrame: 'No picture arrived from the camera. Check that it is uncovered and not used elsewhere, then try again.',
  errorNoCamera: 'Turn on the camera before taking a photo.',
  errorFileUnreadable: 'This file could not be opened as a picture. Choose a photo (a JPEG, PNG or WebP file, for example).',
  errorEncodingFailed: 'The photo could not be saved ({detail}). Try again.',
} satisfies Record<string, string>;

/** The texts in force (defaults, then what `setStrings()` gave). */
export const boothTexts = /* @__PURE__ */ textsWith(boothStrings);
