import { expect } from '@open-wc/testing';
import type { DevicePicker } from '../../src/components/device-picker/device-picker.js';
import { ranCheck } from '../helpers/device-check.js';
import { elementSuite } from '../helpers/element-suite.js';
import { partOf } from '../helpers/parts.js';
import { until } from '../helpers/tracks.js';

/** Chromium with three cameras and three microphones. */
describe('<device-check> with several devices', () => {
  elementSuite('device-check');

  it('checks again the camera and the microphone the person switches to with its pickers', async () => {
    const { el, told } = await ranCheck();
    const pick = async (kind: 'videoinput' | 'audioinput') => {
      const picker = el.shadowRoot!.querySelector<DevicePicker>(`device-picker[kind="${kind}"]`)!;
      await until(() => el.state.devices.filter((d) => d.kind === kind).length === 3, `three devices of ${kind}`);
      const select = partOf(picker, 'select') as HTMLSelectElement;
      const other = [...select.options].find((option) => option.value !== select.value)!;
      select.value = other.value;
      select.dispatchEvent(new Event('change'));
      return other.value;
    };
    const cameraBefore = el.getReport().camera.device;
    const camera = await pick('videoinput');
    await until(() => el.getReport().camera.device === el.state.devices.find((d) => d.deviceId === camera)?.label, 'the verdict on the chosen camera', 10000);
    expect(el.getReport().camera.device).not.to.equal(cameraBefore);
    expect(el.getReport().camera.status).to.equal('ok');
    expect(told.filter((t) => t.check === 'camera').map((t) => (t.report as { device?: string }).device), 'a capture-check for each camera')
      .to.deep.equal([cameraBefore, el.getReport().camera.device]);
    const microphone = await pick('audioinput');
    await until(() => el.getReport().microphone.device === el.state.devices.find((d) => d.deviceId === microphone)?.label,
      'the verdict on the chosen microphone', 10000);
    expect(el.getReport().microphone.status).to.equal('ok');
  });
});
