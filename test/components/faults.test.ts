import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/camera-preview/define.js';
import '../../src/components/capture-session/define.js';
import '../../src/components/photo-booth/define.js';
import type { CaptureSession } from '../../src/components/capture-session/capture-session.js';
import type { PhotoBooth } from '../../src/components/photo-booth/photo-booth.js';
import { createCaptureStore, type CaptureErrorCode } from '../../src/core/index.js';
import { elementSuite } from '../helpers/element-suite.js';
import { nextEvent } from '../helpers/events.js';
import { fakeEnv, overconstrained } from '../helpers/fake-media.js';
import { announcementOf, partOf } from '../helpers/parts.js';
import { until } from '../helpers/tracks.js';

interface Fault {
  name: string;
  cause: () => Error;
  code: CaptureErrorCode;
  /** What the person reads. */
  message: RegExp;
}

/** Each failure getUserMedia has, as the person meets it on a preview, and the way back. */
const faults: Fault[] = [
  { name: 'NotAllowedError (denied, then allowed)', cause: () => new DOMException('Permission denied', 'NotAllowedError'),
    code: 'permission-denied', message: /was blocked/ },
  { name: 'NotFoundError (no camera, then one plugged in)', cause: () => new DOMException('Requested device not found', 'NotFoundError'),
    code: 'not-found', message: /No camera was found/ },
  { name: 'NotReadableError (in use, then freed)', cause: () => new DOMException('Could not start video source', 'NotReadableError'),
    code: 'device-in-use', message: /Another app or tab/ },
  { name: 'OverconstrainedError at start', cause: () => overconstrained('width'),
    code: 'overconstrained', message: /cannot provide the requested “width”/ },
  { name: 'AbortError', cause: () => new DOMException('Starting videoinput failed', 'AbortError'),
    code: 'aborted', message: /was interrupted/ },
];

describe('faults, each seen by the person and recoverable', () => {
  const suite = elementSuite('capture-session, camera-preview, photo-booth');

  for (const fault of faults) {
    it(`<camera-preview>: ${fault.name}`, async () => {
      const media = fakeEnv();
      const store = createCaptureStore({ env: media.env });
      suite.stores.push(store);
      // The session owns the page's store: it reports the store's failures; the preview shows them.
      const session = await fixture<CaptureSession>(html`<capture-session .store=${store}><camera-preview></camera-preview></capture-session>`);
      const el = session.querySelector('camera-preview')!;
      media.mediaDevices.failures.push(fault.cause());
      const failed = nextEvent(session, 'capture-error');
      void store.start().catch(() => undefined);
      expect((await failed).detail.code).to.equal(fault.code);
      await el.updateComplete;
      expect(partOf(el, 'message')!.textContent).to.match(fault.message);
      expect(announcementOf(el), 'announced').to.match(fault.message);
      // The cause went away (allowed, plugged in, freed…): the retry or a new start works.
      const retry = partOf(el, 'start-button');
      if (retry) retry.click();
      else void store.start();
      await until(() => el.state.status === 'live', 'live again');
    });
  }

  it('<photo-booth>: a photo with no camera says what to do, and works once the camera is on', async () => {
    const media = fakeEnv();
    const store = createCaptureStore({ env: media.env });
    suite.stores.push(store);
    const el = await fixture<PhotoBooth>(html`<photo-booth .store=${store}></photo-booth>`);
    const failed = nextEvent(el, 'capture-error');
    await el.takePhoto().catch(() => undefined);
    const event = await failed;
    expect(event.operation).to.equal('photo');
    expect(event.detail.params.reason).to.equal('no-camera');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.error')!.textContent).to.match(/Turn on the camera/);
    await store.start();
    expect((await el.takePhoto()).width).to.be.greaterThan(0);
  });
});
