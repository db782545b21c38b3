// The six elements the kit started with, bundled together as a page using all of them would.
import '../../src/components/capture-session/define.js';
import '../../src/components/camera-preview/define.js';
import '../../src/components/device-picker/define.js';
import '../../src/components/audio-meter/define.js';
import '../../src/components/constraint-panel/define.js';
import '../../src/components/photo-booth/define.js';
