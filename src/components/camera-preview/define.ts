import { CameraPreview } from './camera-preview.js';
import { defineOnce } from '../../utils/define-element.js';

defineOnce('camera-preview', CameraPreview);

export { CameraPreview };
