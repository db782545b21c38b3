import { levelOf } from './level.js';
import { acquireAudioContext, releaseAudioContext } from './shared-audio-context.js';

/**
 * How loud a microphone track is, read on demand from an AnalyserNode on the page's shared
 * AudioContext (held until `close()`). Throws, holding nothing, when the track cannot be routed
 * through Web Audio.
 */
export class TrackLevel {
  private readonly source: MediaStreamAudioSourceNode;
  private readonly analyser: AnalyserNode;
  private readonly samples: Float32Array<ArrayBuffer>;

  /** `fftSize` samples are read each time: larger catches shorter sounds between reads. */
  constructor(readonly track: MediaStreamTrack, fftSize = 1024) {
    const context = acquireAudioContext();
    try {
      this.source = context.createMediaStreamSource(new MediaStream([track]));
    } catch (error) {
      releaseAudioContext();
      throw error;
    }
    this.analyser = context.createAnalyser();
    this.analyser.fftSize = fftSize;
    this.source.connect(this.analyser);
    this.samples = new Float32Array(this.analyser.fftSize);
  }

  /** The level now: 0 (silence, or -60 dBFS and below) to 100 (full scale). */
  read(): number {
    this.analyser.getFloatTimeDomainData(this.samples);
    return levelOf(this.samples);
  }

  close(): void {
    this.source.disconnect();
    releaseAudioContext();
  }
}
