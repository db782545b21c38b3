import { CaptureSession } from './capture-session.js';

if (!customElements.get('capture-session')) customElements.define('capture-session', CaptureSession);

export { CaptureSession };
