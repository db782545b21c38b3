/** The unit a constraint's numbers are in, for labels and `aria-valuetext`. */
const units: Record<string, string> = {
  width: 'px', height: 'px', frameRate: 'fps', sampleRate: 'Hz', sampleSize: 'bits', latency: 's',
  channelCount: 'channels', colorTemperature: 'K', exposureTime: '× 100 µs', focusDistance: 'm', zoom: '×',
  pan: '°', tilt: '°',
};

/** `640 px`, `30 fps`, `1.33` … */
export function withUnit(name: string, value: unknown): string {
  if (typeof value === 'number') {
    const number = Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, '');
    return units[name] ? `${number} ${units[name]}` : number;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  return value === undefined ? '' : JSON.stringify(value);
}
