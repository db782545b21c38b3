// The booth shows a <camera-preview>: registering the booth registers the preview too.
import '../camera-preview/define.js';
import { PhotoBooth } from './photo-booth.js';
import { defineOnce } from '../../utils/define-element.js';

defineOnce('photo-booth', PhotoBooth);

export { PhotoBooth };
