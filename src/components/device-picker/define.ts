import { DevicePicker } from './device-picker.js';

if (!customElements.get('device-picker')) customElements.define('device-picker', DevicePicker);

export { DevicePicker };
