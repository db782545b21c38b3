import { DevicePicker } from './device-picker.js';
import { defineOnce } from '../../utils/define-element.js';

defineOnce('device-picker', DevicePicker);

export { DevicePicker };
