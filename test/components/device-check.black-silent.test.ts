import { expect } from '@open-wc/testing';
import { checkText, ranCheck } from '../helpers/device-check.js';
import { elementSuite } from '../helpers/element-suite.js';

/** Chromium with a black camera and a microphone that sends silence (files the test config writes). */
describe('<device-check> with a black camera and a silent microphone', () => {
  elementSuite('device-check');

  it('says the camera is black and the microphone silent, and what to do about each', async () => {
    const { el, told } = await ranCheck();
    const { camera, microphone } = el.getReport();
    expect(camera).to.include({ status: 'fail', code: 'black' });
    expect(camera.frames, 'frames still arrive').to.be.above(5);
    expect(checkText(el, 'camera')).to.equal('Your camera sends a black picture: check its cover or privacy shutter, or choose another camera.');
    expect(microphone).to.include({ status: 'fail', code: 'silent', peakLevel: 0 });
    expect(microphone.silentSeconds).to.be.above(2);
    expect(checkText(el, 'microphone')).to.equal('Your microphone sends silence: check its mute switch or choose another one.');
    expect(told.filter((t) => t.status === 'fail').map((t) => t.check).sort()).to.deep.equal(['camera', 'microphone']);
    expect(el.shadowRoot!.querySelector('[data-check="camera"]')!.getAttribute('data-status')).to.equal('fail');
    await expect(el).to.be.accessible();
  });
});
