import { AudioMeter } from './audio-meter.js';
import { defineOnce } from '../../utils/define-element.js';

defineOnce('audio-meter', AudioMeter);

export { AudioMeter };
