import { CaptureSession } from './capture-session.js';
import { defineOnce } from '../../utils/define-element.js';

defineOnce('capture-session', CaptureSession);

export { CaptureSession };
