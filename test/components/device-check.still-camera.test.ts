import { expect } from '@open-wc/testing';
import { checkText, ranCheck } from '../helpers/device-check.js';
import { elementSuite } from '../helpers/element-suite.js';

/** Chromium with a camera whose grey picture never moves (a file the test config writes). */
describe('<device-check> with a frozen camera', () => {
  elementSuite('device-check');

  it('says the picture does not move, and what to do', async () => {
    const { el } = await ranCheck();
    expect(el.getReport().camera).to.include({ status: 'fail', code: 'frozen', black: false });
    expect(checkText(el, 'camera')).to.equal('The picture from your camera does not move: unplug it and plug it in again, or choose another camera.');
  });
});
