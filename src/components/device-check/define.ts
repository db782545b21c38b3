// The check shows a preview, pickers and a meter: registering it registers them too.
import '../camera-preview/define.js';
import '../device-picker/define.js';
import '../audio-meter/define.js';
import { DeviceCheck } from './device-check.js';
import { defineOnce } from '../../utils/define-element.js';

defineOnce('device-check', DeviceCheck);

export { DeviceCheck };
