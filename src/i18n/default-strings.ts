import { previewStrings } from '../components/camera-preview/camera-preview.strings.js';
import { pickerStrings } from '../components/device-picker/device-picker.strings.js';
import { panelStrings } from '../components/constraint-panel/constraint-panel.strings.js';
import { boothStrings } from '../components/photo-booth/photo-booth.strings.js';
import { meterStrings } from '../components/audio-meter/audio-meter.strings.js';
import { screenStrings } from '../components/screen-capture/screen-capture.strings.js';
import { checkStrings } from '../components/device-check/device-check.strings.js';
import { coreStrings, type Texts } from './strings.js';

const everyTable = { ...coreStrings, ...previewStrings, ...pickerStrings, ...panelStrings, ...boothStrings, ...meterStrings, ...screenStrings, ...checkStrings };

/** Every key of the kit's texts, whichever elements a page loads. */
export type CaptureStrings = Texts<typeof everyTable>;

/** The kit's whole English table: the model for a translation, and what `setStrings()` takes to go back. */
export const defaultStrings: Readonly<CaptureStrings> = everyTable;
