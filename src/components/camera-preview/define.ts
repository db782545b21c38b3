import { CameraPreview } from './camera-preview.js';

if (!customElements.get('camera-preview')) customElements.define('camera-preview', CameraPreview);

export { CameraPreview };
