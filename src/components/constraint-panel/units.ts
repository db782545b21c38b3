import { formatString } from '../../i18n/strings.js';
import { panelTexts, type panelStrings } from './constraint-panel.strings.js';

type UnitKey = keyof typeof panelStrings & `panelUnit${string}`;

/** The text (from the strings table) that puts a constraint's number in its unit, for labels and `aria-valuetext`. */
const units: Record<string, UnitKey> = {
  width: 'panelUnitPixels', height: 'panelUnitPixels', frameRate: 'panelUnitFps', sampleRate: 'panelUnitHertz',
  sampleSize: 'panelUnitBits', latency: 'panelUnitSeconds', channelCount: 'panelUnitChannels',
  colorTemperature: 'panelUnitKelvin', exposureTime: 'panelUnitExposureTime', focusDistance: 'panelUnitMetres',
  zoom: 'panelUnitTimes', pan: 'panelUnitDegrees', tilt: 'panelUnitDegrees',
};

/** `640 px`, `30 fps`, `1.33` …: the unit's words come from the texts in force when it is called. */
export function withUnit(name: string, value: unknown): string {
  if (typeof value === 'number') {
    const number = Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, '');
    const unit = Object.hasOwn(units, name) ? units[name] : undefined;
    return unit ? formatString(panelTexts()[unit], { value: number }) : number;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  return value === undefined ? '' : JSON.stringify(value);
}
