import { expect } from '@open-wc/testing';
import { createElement as h, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/define.js';
import * as wrappers from '../../src/react/index.js';
import { elementSuite } from '../helpers/element-suite.js';
import { partOf } from '../helpers/parts.js';
import { settle } from '../helpers/status-events.js';
import { until } from '../helpers/tracks.js';

/**
 * The React wrappers (src/react/index.ts, made with @lit/react) as a React 19 app uses them.
 * @lit/react sets every property in a layout effect, after React has put the element in the page:
 * each prop here is set after connecting. Written with React.createElement: the runner's esbuild
 * plugin compiles `.ts` only, and its file patterns take `*.test.ts`.
 */
describe('React wrappers', () => {
  const roots: Root[] = [];
  // Before elementSuite's hooks: React lets go of its elements first, then the suite checks the tracks.
  afterEach(() => roots.splice(0).forEach((root) => root.unmount()));
  elementSuite('[data-react-root]');

  /** Renders `tree` into a new container on the page; resolves once `tag` is in it. */
  async function render<K extends keyof HTMLElementTagNameMap>(tree: ReactElement, tag: K) {
    const container = document.createElement('div');
    container.dataset.reactRoot = '';
    document.body.append(container);
    const root = createRoot(container);
    roots.push(root);
    root.render(tree);
    await until(() => container.querySelector(tag) !== null, `React to render <${tag}>`);
    const el = container.querySelector(tag)!;
    return { root, container, el };
  }

  it('<CaptureSession autostart> holding a <CameraPreview> goes live, and onCaptureStart is called once', async () => {
    const { CaptureSession, CameraPreview } = wrappers;
    const starts: Event[] = [];
    const { el: session, container } = await render(
      h(CaptureSession, { autostart: true, onCaptureStart: (event: Event) => starts.push(event) }, h(CameraPreview)),
      'capture-session');
    await until(() => session.state.status === 'live', 'the session’s store to go live', 8000);
    const preview = container.querySelector('camera-preview')!;
    expect(preview.store, 'the preview shows the session’s camera').to.equal(session.store);
    await settle();
    expect(starts, 'onCaptureStart calls').to.have.length(1);
  });

  it('<CameraPreview facing="environment" autostart> asks the camera for facingMode environment', async () => {
    const { CameraPreview } = wrappers;
    const { el } = await render(h(CameraPreview, { facing: 'environment', autostart: true }), 'camera-preview');
    await until(() => el.state.status === 'live', 'the camera to go live', 8000);
    const asked = el.state.tracks.video!.constraints.facingMode;
    const facing = typeof asked === 'object' && !Array.isArray(asked) ? (asked.exact ?? asked.ideal) : asked;
    expect(facing, 'facingMode asked of getUserMedia').to.equal('environment');
  });

  it('<DevicePicker kind="audioinput"> lists the microphones, and its store turns on the microphone', async () => {
    const { DevicePicker } = wrappers;
    const { el } = await render(h(DevicePicker, { kind: 'audioinput' }), 'device-picker');
    await el.updateComplete;
    expect(partOf(el, 'label')!.textContent).to.equal('Microphone');
    await el.store.start().catch(() => undefined); // what its "Allow access" button does
    await until(() => el.state.status === 'live', 'its store to go live', 8000);
    expect(el.state.tracks.audio?.readyState, 'the microphone').to.equal('live');
    expect(el.state.tracks.video, 'no camera').to.equal(undefined);
    // Some engines (WebKit) list the devices a moment after the grant.
    await until(() => el.state.devices.some((d) => d.kind === 'audioinput' && d.deviceId), 'the microphones listed with their ids');
    await el.updateComplete;
    const microphones = el.state.devices.filter((d) => d.kind === 'audioinput').map((d) => d.deviceId);
    const options = [...el.shadowRoot!.querySelectorAll('option')].map((o) => o.value);
    expect(microphones).to.not.be.empty;
    expect(options, 'the options are the microphones').to.deep.equal(microphones);
  });

  it('a changed prop takes effect on the next render: <CaptureSession video> while live', async () => {
    const { CaptureSession, CameraPreview } = wrappers;
    const tree = (width: number) => h(CaptureSession, { video: { width } }, h(CameraPreview));
    const { root, el: session } = await render(tree(320), 'capture-session');
    await until(() => (session.video as MediaTrackConstraints).width === 320, 'React to set video');
    await session.start(); // not autostart: that is the first test's
    expect(session.state.tracks.video!.constraints.width, 'asked first').to.equal(320);
    const [first] = session.state.stream!.getVideoTracks();
    root.render(tree(640));
    await until(() => session.state.status === 'live' && session.state.tracks.video?.constraints.width === 640,
      'the camera asked again with width 640', 8000);
    expect(first.readyState, 'the first camera track').to.equal('ended');
  });

  it('unmounting leaves no live track', async () => {
    const { CaptureSession, CameraPreview, DevicePicker } = wrappers;
    const { root, el: session } = await render(
      h(CaptureSession, { audio: true }, h(CameraPreview), h(DevicePicker, { kind: 'audioinput' })), 'capture-session');
    await session.start();
    const tracks = session.state.stream!.getTracks();
    expect(tracks.map((t) => t.kind).sort()).to.deep.equal(['audio', 'video']);
    root.unmount();
    roots.splice(roots.indexOf(root), 1);
    await Promise.resolve(); // the session lets go of its camera once it is sure it was not just moved
    expect(tracks.map((t) => `${t.kind}: ${t.readyState}`)).to.deep.equal(tracks.map((t) => `${t.kind}: ended`));
  });
});
