// Registers every tag of the kit.
import './components/capture-session/define.js';
import './components/camera-preview/define.js';
import './components/device-picker/define.js';
import './components/audio-meter/define.js';
import './components/constraint-panel/define.js';
import './components/photo-booth/define.js';
import './components/screen-capture/define.js';
import './components/device-check/define.js';
