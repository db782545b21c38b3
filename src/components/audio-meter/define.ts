import { AudioMeter } from './audio-meter.js';

if (!customElements.get('audio-meter')) customElements.define('audio-meter', AudioMeter);

export { AudioMeter };
