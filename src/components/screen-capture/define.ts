import { ScreenCapture } from './screen-capture.js';
import { defineOnce } from '../../utils/define-element.js';

defineOnce('screen-capture', ScreenCapture);

export { ScreenCapture };
