import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import type { RecordedClip } from '../../src/components/recording/clip-recorder.js';
import { RecordingController } from '../../src/components/recording/recording-controller.js';
import { bubbleRect, CompositePipeline, type BubbleOptions } from '../../src/components/screen-capture/composite-pipeline.js';
import { acquireAudioContext, releaseAudioContext } from '../../src/utils/shared-audio-context.js';
import { liveSharedTracks, shareScreen, stopSharedTracks } from '../helpers/display.js';
import { openAudioContexts, watchPageResources } from '../helpers/page-resources.js';
import {
  blue, clipFrame, describeRgb, green, isColour, paintedTrack, pixelAt, red, stopPaintedTracks, StreamViewer, type Rgb,
} from '../helpers/pixels.js';
import { videoRecordingHasBytes, watchRecorders } from '../helpers/recording.js';
import { restoreReplaced } from '../helpers/replace.js';
import { skipWithout } from '../helpers/skip.js';
import { expectNoLiveTracks, recordAcquiredTracks, until } from '../helpers/tracks.js';

/** A bare element for the RecordingController, as the screen element will be. */
class RecordingHost extends ReactiveElement {}
customElements.define('composite-recording-host', RecordingHost);

const pipelines: CompositePipeline[] = [];
const viewers: StreamViewer[] = [];
const hosts: HTMLElement[] = [];

const composite = (screen: MediaStreamTrack, bubble?: BubbleOptions) => {
  const pipeline = new CompositePipeline(screen, bubble);
  pipelines.push(pipeline);
  return pipeline;
};

const view = (stream: MediaStream) => {
  const viewer = new StreamViewer(stream);
  viewers.push(viewer);
  return viewer;
};

/** The centre of the bubble on a frame of `image`'s size. */
const bubbleCentre = (image: ImageData, options?: BubbleOptions) => {
  const { x, y, width, height } = bubbleRect(image.width, image.height, options);
  return { x: x + width / 2, y: y + height / 2 };
};

/** What is wrong with `image` at (x, y) for `colour` ('' when it is that colour). */
const expectColour = (image: ImageData, x: number, y: number, colour: Rgb, what: string) => {
  const seen = pixelAt(image, x, y);
  return isColour(seen, colour) ? '' : `${what} at (${Math.round(x)}, ${Math.round(y)}) is ${describeRgb(seen)}, not ${describeRgb(colour)}`;
};

/** Every check's complaint, joined ('' when all pass). */
const all = (...wrongs: string[]) => wrongs.filter(Boolean).join('; ');

describe('CompositePipeline: the screen with the camera bubble', () => {
  before(() => {
    recordAcquiredTracks();
    watchPageResources();
  });

  afterEach(function () {
    restoreReplaced();
    const left = pipelines.filter((p) => p.stream.getTracks().some((t) => t.readyState === 'live')).length;
    pipelines.splice(0).forEach((p) => p.stop());
    viewers.splice(0).forEach((v) => v.close());
    hosts.splice(0).forEach((h) => h.remove());
    stopPaintedTracks(); // the test's own sources: ended with their painting
    const display = liveSharedTracks();
    stopSharedTracks();
    // A test that failed midway left its own behind (released above): only a passing one is judged,
    // so one failure does not fail the rest of the file's tests with it.
    if (this.currentTest?.state !== 'passed') return;
    expect({ left, display }, 'pipelines and getDisplayMedia tracks left live').to.deep.equal({ left: 0, display: [] });
    expectNoLiveTracks();
  });

  it('bubbleRect: a square of size × the shorter side in the corner, a small margin from the edges', () => {
    const rect = bubbleRect(800, 600);
    expect(rect.width).to.equal(150);
    expect(rect.height).to.equal(150);
    const right = 800 - rect.x - rect.width;
    const bottom = 600 - rect.y - rect.height;
    expect(right, 'margin on the right').to.be.within(4, 40);
    expect(bottom, 'margin at the bottom').to.equal(right);
    expect(bubbleRect(800, 600, { corner: 'top-left', size: 0.5 })).to.deep.equal({ x: right, y: right, width: 300, height: 300 });
    const big = bubbleRect(800, 600, { size: 5 });
    expect(big.x, 'an oversized bubble stays on the canvas').to.be.at.least(0);
    expect(big.y).to.be.at.least(0);
    expect(bubbleRect(800, 600, { size: Number.NaN }).width, 'a size that is no number: the default').to.equal(150);
  });

  it('draws the screen with the camera in the bubble, at the screen\'s size', async () => {
    const pipeline = composite(paintedTrack(640, 480, blue));
    pipeline.setCamera(paintedTrack(320, 240, red));
    await pipeline.drawn;
    const image = await view(pipeline.stream).frameWhere((frame) => {
      const { x, y } = bubbleCentre(frame);
      const rect = bubbleRect(frame.width, frame.height);
      return all(
        frame.width === 640 && frame.height === 480 ? '' : `the frame is ${frame.width}×${frame.height}`,
        expectColour(frame, x, y, red, 'the bubble\'s centre'),
        expectColour(frame, 20, 20, blue, 'the screen'),
        expectColour(frame, rect.x - 6, y, blue, 'the screen just left of the bubble'),
        expectColour(frame, x, rect.y - 6, blue, 'the screen just above the bubble'),
      );
    });
    expect(image.width).to.equal(640);
    pipeline.stop();
    expect(pipeline.stream.getVideoTracks()[0].readyState, 'the canvas track once stopped').to.equal('ended');
  });

  for (const [shape, cornerColour] of [['circle', blue], ['rounded', blue], ['square', red]] as const) {
    it(`shape ${shape}: the corner of the bubble's square shows ${cornerColour === red ? 'the camera' : 'the screen'}`, async () => {
      const pipeline = composite(paintedTrack(640, 480, blue), { shape });
      pipeline.setCamera(paintedTrack(320, 240, red));
      await view(pipeline.stream).frameWhere((frame) => {
        const rect = bubbleRect(frame.width, frame.height);
        const { x, y } = bubbleCentre(frame);
        return all(
          expectColour(frame, x, y, red, 'the bubble\'s centre'),
          expectColour(frame, rect.x + 3, rect.y + 3, cornerColour, 'the top-left corner of the bubble'),
          expectColour(frame, rect.x + rect.width - 4, rect.y + rect.height - 4, cornerColour, 'its bottom-right corner'),
        );
      });
      pipeline.stop();
    });
  }

  it('corner and size place the bubble; setBubble moves it while the stream goes on', async () => {
    const pipeline = composite(paintedTrack(640, 480, blue), { corner: 'top-left', size: 0.4 });
    pipeline.setCamera(paintedTrack(320, 240, red));
    const viewer = view(pipeline.stream);
    const [track] = pipeline.stream.getVideoTracks();
    const placed = (options: BubbleOptions, elsewhere: { x: number; y: number }) => (frame: ImageData) => {
      const { x, y } = bubbleCentre(frame, options);
      return all(expectColour(frame, x, y, red, `the ${options.corner} bubble's centre`), expectColour(frame, elsewhere.x, elsewhere.y, blue, 'elsewhere'));
    };
    await viewer.frameWhere(placed({ corner: 'top-left', size: 0.4 }, { x: 600, y: 440 }));
    const rect = bubbleRect(640, 480, { corner: 'top-left', size: 0.4 });
    expect(rect.width, '0.4 of the shorter side').to.equal(192);
    pipeline.setBubble({ corner: 'bottom-right' });
    expect(pipeline.bubbleOptions).to.include({ corner: 'bottom-right', size: 0.4, shape: 'circle', mirror: true });
    await viewer.frameWhere(placed({ corner: 'bottom-right', size: 0.4 }, { x: 40, y: 40 }));
    expect(pipeline.stream.getVideoTracks(), 'the same output track').to.deep.equal([track]);
    pipeline.stop();
  });

  it('mirrors the camera like a selfie by default; mirror: false does not', async () => {
    // The camera: red on its left half, green on its right.
    const halves = (context: CanvasRenderingContext2D) => {
      context.fillStyle = 'rgb(255,0,0)';
      context.fillRect(0, 0, 160, 240);
      context.fillStyle = 'rgb(0,255,0)';
      context.fillRect(160, 0, 160, 240);
    };
    const pipeline = composite(paintedTrack(640, 480, blue), { shape: 'square', size: 0.5 });
    pipeline.setCamera(paintedTrack(320, 240, halves));
    const viewer = view(pipeline.stream);
    const sides = (left: Rgb, right: Rgb) => (frame: ImageData) => {
      const rect = bubbleRect(frame.width, frame.height, { size: 0.5 });
      const y = rect.y + rect.height / 2;
      return all(expectColour(frame, rect.x + rect.width * 0.25, y, left, 'the bubble\'s left'),
        expectColour(frame, rect.x + rect.width * 0.75, y, right, 'the bubble\'s right'));
    };
    await viewer.frameWhere(sides(green, red));
    pipeline.setBubble({ mirror: false });
    await viewer.frameWhere(sides(red, green));
    pipeline.stop();
  });

  it('setCamera switches the camera and undefined removes the bubble, one output track throughout', async () => {
    const pipeline = composite(paintedTrack(640, 480, blue));
    const viewer = view(pipeline.stream);
    const [track] = pipeline.stream.getVideoTracks();
    const bubbleShows = (colour: Rgb, what: string) => (frame: ImageData) => {
      const { x, y } = bubbleCentre(frame);
      return expectColour(frame, x, y, colour, what);
    };
    await viewer.frameWhere(bubbleShows(blue, 'the screen, no camera yet'));
    const first = paintedTrack(320, 240, red);
    pipeline.setCamera(first);
    await viewer.frameWhere(bubbleShows(red, 'the first camera'));
    const second = paintedTrack(320, 240, green);
    pipeline.setCamera(second);
    first.stop(); // the owner stops the camera it switched from
    await viewer.frameWhere(bubbleShows(green, 'the second camera'));
    pipeline.setCamera(undefined);
    expect(pipeline.camera).to.equal(undefined);
    await viewer.frameWhere(bubbleShows(blue, 'the screen once the bubble is off'), 1000);
    expect(pipeline.stream.getVideoTracks(), 'the same output track').to.deep.equal([track]);
    expect(track.readyState).to.equal('live');
    expect(second.readyState, 'the camera is its owner\'s to stop').to.equal('live');
    pipeline.stop();
  });

  it('keeps drawing over a still screen, so the bubble moves', async () => {
    const pipeline = composite(paintedTrack(640, 480, blue, { still: true }));
    let colour: Rgb = red;
    pipeline.setCamera(paintedTrack(320, 240, (context) => {
      context.fillStyle = `rgb(${colour.join(',')})`;
      context.fillRect(0, 0, 320, 240);
    }));
    const viewer = view(pipeline.stream);
    const bubbleShows = (shown: Rgb) => (frame: ImageData) => {
      const { x, y } = bubbleCentre(frame);
      return all(expectColour(frame, x, y, shown, 'the bubble'), expectColour(frame, 20, 20, blue, 'the screen'));
    };
    await viewer.frameWhere(bubbleShows(red));
    await new Promise((resolve) => setTimeout(resolve, 300)); // the screen has painted its last frame
    colour = green;
    await viewer.frameWhere(bubbleShows(green), 2000);
    pipeline.stop();
  });

  it('composites a getDisplayMedia screen: the canvas takes its video size, the bubble is on top', async function () {
    // WebKitGTK's shared screen reaches a new <video> seconds late (measured 7.8 s), and the
    // composite draws nothing before its screen has a frame: time for a loaded machine.
    this.timeout(90_000);
    const shared = await shareScreen(this);
    const [screen] = shared.getVideoTracks();
    const alone = view(shared);
    const screenFrame = await alone.frame(30_000);
    const pipeline = composite(screen);
    pipeline.setCamera(paintedTrack(320, 240, red));
    const viewer = view(pipeline.stream);
    const image = await viewer.frameWhere((frame) => {
      const { x, y } = bubbleCentre(frame);
      return all(
        frame.width === screenFrame.width && frame.height === screenFrame.height ? ''
          : `the composite is ${frame.width}×${frame.height}, the screen ${screenFrame.width}×${screenFrame.height}`,
        expectColour(frame, x, y, red, 'the bubble\'s centre'),
      );
    }, 30_000);
    // Away from the bubble, the screen as it shows alone (a point its fake picture keeps still).
    const point = { x: image.width * 0.75, y: image.height * 0.5 };
    const ownPixel = pixelAt(await alone.frame(), point.x, point.y);
    expect(isColour(pixelAt(image, point.x, point.y), ownPixel, 40),
      `the screen at (${point.x}, ${point.y}): ${describeRgb(pixelAt(image, point.x, point.y))}, alone ${describeRgb(ownPixel)}`).to.be.true;
    // The surface switched: another screen, another size, the same output track.
    const [track] = pipeline.stream.getVideoTracks();
    pipeline.setScreen(paintedTrack(320, 240, blue));
    await viewer.frameWhere((frame) => all(frame.width === 320 ? '' : `the frame is ${frame.width} wide`, expectColour(frame, 20, 20, blue, 'the new screen')));
    expect(pipeline.stream.getVideoTracks()).to.deep.equal([track]);
    pipeline.stop();
    shared.getTracks().forEach((t) => t.stop());
  });

  describe('recorded through RecordingController', () => {
    const recordingOf = (pipeline: CompositePipeline) => {
      const host = document.body.appendChild(new RecordingHost());
      hosts.push(host);
      const clips: RecordedClip[] = [];
      const errors: Error[] = [];
      const controller = new RecordingController(host, {
        maxDuration: () => 0,
        canvas: () => pipeline,
        onClip: (clip) => clips.push(clip),
        onError: (error) => errors.push(error),
      });
      return { controller, clips, errors };
    };

    it('a frame of the clip shows the camera in the bubble', async function () {
      if (!(await videoRecordingHasBytes())) skipWithout(this, 'video recordings with bytes (this MediaRecorder writes none)');
      const pipeline = composite(paintedTrack(640, 480, blue));
      pipeline.setCamera(paintedTrack(320, 240, red));
      await view(pipeline.stream).frameWhere((frame) => {
        const { x, y } = bubbleCentre(frame);
        return expectColour(frame, x, y, red, 'the bubble');
      });
      const { controller, clips, errors } = recordingOf(pipeline);
      await controller.start();
      expect(controller.recording, 'recording').to.be.true;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await controller.stop(true);
      pipeline.stop();
      expect(errors).to.deep.equal([]);
      expect(clips).to.have.length(1);
      const frame = await clipFrame(clips[0].blob, 0.5);
      const { x, y } = bubbleCentre(frame);
      const rect = bubbleRect(frame.width, frame.height);
      expect([frame.width, frame.height], 'the clip\'s size').to.deep.equal([640, 480]);
      expect(all(
        expectColour(frame, x, y, red, 'the bubble\'s centre in the clip'),
        expectColour(frame, rect.x + 3, rect.y + 3, blue, 'the circle bubble\'s corner in the clip'),
        expectColour(frame, 40, 40, blue, 'the screen in the clip'),
      )).to.equal('');
    });

    /** A tone on the shared AudioContext, as a track: stands for a tab's sound. */
    const tone = (frequency: number) => {
      const context = acquireAudioContext();
      const oscillator = new OscillatorNode(context, { frequency });
      const destination = context.createMediaStreamDestination();
      oscillator.connect(destination);
      oscillator.start();
      const [track] = destination.stream.getAudioTracks();
      return {
        track, stop: () => {
          if (track.readyState === 'ended') return;
          oscillator.stop();
          oscillator.disconnect();
          track.stop();
          releaseAudioContext();
        },
      };
    };

    it('mixes the tab\'s sound and the microphone into one audio track; a microphone switch keeps one clip', async () => {
      const hasBytes = await videoRecordingHasBytes();
      const made = watchRecorders();
      const tab = tone(317);
      const firstMic = tone(1093); // a microphone whose sound can be told apart
      const [secondMic] = (await navigator.mediaDevices.getUserMedia({ audio: true })).getAudioTracks();
      const pipeline = composite(paintedTrack(640, 480, blue));
      pipeline.setCamera(paintedTrack(320, 240, red));
      const { controller, clips, errors } = recordingOf(pipeline);
      try {
        await controller.start({ tab: tab.track, microphone: firstMic.track });
        expect(controller.recording, 'recording').to.be.true;
        expect(made, 'MediaRecorders made').to.have.length(1);
        const recorded = made[0].recorder.stream;
        expect(recorded.getAudioTracks(), 'audio tracks recorded').to.have.length(1);
        expect(recorded.getVideoTracks(), 'video tracks recorded').to.deep.equal(pipeline.stream.getVideoTracks());
        await new Promise((resolve) => setTimeout(resolve, 2500));
        controller.setMicrophone(secondMic);
        firstMic.stop();
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(recorded.getAudioTracks()[0].readyState, 'the mixed track goes on').to.equal('live');
        await controller.stop(true);
        expect(errors).to.deep.equal([]);
        expect(made, 'MediaRecorders made').to.have.length(1);
        expect(clips, 'one clip').to.have.length(1);
        expect(recorded.getAudioTracks()[0].readyState, 'the mixed track once the clip is whole').to.equal('ended');
        // Where video recordings have no bytes there is no sound to decode: the structure above is what shows.
        if (hasBytes) await expectToneSwitch(clips[0].blob);
      } finally {
        await controller.stop(false);
        pipeline.stop();
        secondMic.stop();
        firstMic.stop();
        tab.stop();
      }
      await until(() => openAudioContexts() === 0, 'the shared AudioContext to close', 3000).catch(() => undefined);
      expect(openAudioContexts(), 'AudioContexts left open').to.equal(0);
    });
  });
});

/**
 * The clip's sound has the tab's tone (317 Hz) at its start and end, and the first microphone's
 * (1093 Hz) at its start only: it was switched away 2.5 s in (by the clock; the sound may start
 * later than the video, up to a second seen in Firefox under load, so its first and last 0.4 s
 * are on either side of the switch).
 */
async function expectToneSwitch(clip: Blob): Promise<void> {
  const audio = await new OfflineAudioContext(1, 1, 48000).decodeAudioData(await clip.arrayBuffer());
  const level = (frequency: number, from: number, to: number) =>
    toneLevel(audio.getChannelData(0).subarray(Math.round(from * audio.sampleRate), Math.round(to * audio.sampleRate)), audio.sampleRate, frequency);
  const end = audio.duration;
  const levels = {
    tabFirst: level(317, 0.05, 0.45), tabLast: level(317, end - 0.45, end - 0.05),
    micFirst: level(1093, 0.05, 0.45), micLast: level(1093, end - 0.45, end - 0.05),
  };
  const seen = `${JSON.stringify(levels)} in ${end} s of sound`;
  expect(levels.tabFirst, `the tab's tone at the start: ${seen}`).to.be.above(0.05);
  expect(levels.tabLast, `the tab's tone at the end: ${seen}`).to.be.above(0.05);
  expect(levels.micFirst, `the first microphone at the start: ${seen}`).to.be.above(0.05);
  expect(levels.micLast, `the first microphone at the end, switched away: ${seen}`).to.be.below(levels.micFirst / 5);
}

/** The amplitude of the `frequency` component of `samples` (Goertzel), 0–1 for a sine of that amplitude. */
function toneLevel(samples: Float32Array, sampleRate: number, frequency: number): number {
  const coefficient = 2 * Math.cos((2 * Math.PI * frequency) / sampleRate);
  let previous = 0;
  let beforePrevious = 0;
  for (const sample of samples) {
    const current = sample + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
  }
  const power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
  return (2 * Math.sqrt(Math.max(0, power))) / samples.length;
}
