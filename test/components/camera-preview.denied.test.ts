import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/camera-preview/define.js';
import type { CameraPreview } from '../../src/components/camera-preview/camera-preview.js';
import { elementSuite } from '../helpers/element-suite.js';
import { until } from '../helpers/tracks.js';
import { nextEvent } from '../helpers/events.js';
import { announcementOf, partOf } from '../helpers/parts.js';

describe('<camera-preview> when the browser refuses the camera', () => {
  elementSuite('camera-preview');

  it('says what happened, how to allow the camera in this browser, and offers a retry', async () => {
    const el = document.createElement('camera-preview');
    el.autostart = true;
    const failed = nextEvent(el, 'capture-error');
    document.body.append(el);
    expect((await failed).detail.code).to.equal('permission-denied');
    await el.updateComplete;
    expect(partOf(el, 'message')!.textContent).to.match(/access to the camera was blocked/i);
    expect(partOf(el, 'help')!.textContent).to.match(/^To allow it: .*(settings|camera icon)/i);
    expect(partOf(el, 'start-button')!.textContent).to.equal('Try again');
    expect(announcementOf(el)).to.match(/blocked/);
    await expect(el).to.be.accessible();
  });

  it('stays usable after a retry that is refused again', async () => {
    const el = await fixture<CameraPreview>(html`<camera-preview autostart></camera-preview>`);
    await until(() => el.state.status === 'error', 'the denial');
    await el.updateComplete;
    partOf(el, 'start-button')!.click();
    await until(() => el.state.status === 'error', 'the second denial');
    await el.updateComplete;
    expect(partOf(el, 'start-button')).to.exist;
  });
});
