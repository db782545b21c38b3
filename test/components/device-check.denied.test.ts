import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/device-check/define.js';
import type { DeviceCheck } from '../../src/components/device-check/device-check.js';
import type { CheckDetail } from '../../src/events.js';
import { checkText } from '../helpers/device-check.js';
import { elementSuite } from '../helpers/element-suite.js';
import { partOf } from '../helpers/parts.js';
import { until } from '../helpers/tracks.js';

/** Every prompt refused: the check says the devices are blocked and how to allow them. */
describe('<device-check> refused', () => {
  elementSuite('device-check');

  it('fails the camera, microphone and permissions, with the browser’s steps to allow them', async () => {
    const el = await fixture<DeviceCheck>(html`<device-check></device-check>`);
    const told: CheckDetail[] = [];
    el.addEventListener('capture-check', (event) => told.push(event.detail));
    partOf(el, 'start-button')!.click();
    await until(() => told.some((t) => t.check === 'permissions'), 'a verdict on the permissions', 8000);
    await el.updateComplete;
    const { camera, microphone, permissions } = el.getReport();
    expect(camera).to.include({ status: 'fail', code: 'unavailable' });
    expect(microphone).to.include({ status: 'fail', code: 'unavailable' });
    expect(permissions).to.include({ status: 'fail', code: 'denied' });
    expect(checkText(el, 'camera')).to.match(/^Your camera could not be turned on\. .+/);
    expect(checkText(el, 'permissions')).to.match(/^The camera or microphone is blocked\. .*reload the page\.$/);
    expect(partOf(el, 'start-button')!.textContent, 'the way to try again').to.equal('Check again');
    await expect(el).to.be.accessible();
  });
});
