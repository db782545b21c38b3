// What turns a frame into a photo, loaded with the first photo (import()): the frame sources
// (video, ImageCapture, a file) and the drawing and encoding.
export { drawPhoto } from './draw-photo.js';
export { fileFrame, sensorFrame, videoFrame } from './frame-source.js';
