import { acquireAudioContext, releaseAudioContext } from '../../utils/shared-audio-context.js';
import type { AudioInputs } from './audio-inputs.js';

/**
 * Audio tracks mixed through Web Audio into one destination track the recording holds, so a
 * switch of one input (another microphone) changes what feeds the mix, never the recording.
 * Holds a reference to the shared AudioContext from creation to `close()` (also when setting it
 * up fails).
 */
export class AudioMix {
  private readonly context = acquireAudioContext();
  private destination?: MediaStreamAudioDestinationNode;
  private readonly sources = new Map<string, { track: MediaStreamTrack; node: MediaStreamAudioSourceNode }>();
  private closed = false;

  constructor(inputs: AudioInputs) {
    try {
      this.destination = this.context.createMediaStreamDestination();
      for (const [name, track] of Object.entries(inputs)) this.set(name, track);
    } catch (error) {
      this.close();
      throw error;
    }
  }

  /** The one track the recording takes its sound from. */
  get output(): MediaStreamTrack[] {
    return this.destination?.stream.getAudioTracks() ?? [];
  }

  /**
   * Feeds the input `name` from `track` (or from nothing, for a moment, during a switch); the
   * other inputs go on. Throws when the track cannot be routed, the input then silent.
   */
  set(name: string, track: MediaStreamTrack | undefined): void {
    if (this.closed || !this.destination || this.sources.get(name)?.track === track) return;
    this.sources.get(name)?.node.disconnect();
    this.sources.delete(name);
    if (!track) return;
    const node = this.context.createMediaStreamSource(new MediaStream([track]));
    node.connect(this.destination);
    this.sources.set(name, { track, node });
  }

  /** Disconnects, ends the output track and lets go of the AudioContext; idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.sources.forEach(({ node }) => node.disconnect());
    this.sources.clear();
    this.output.forEach((t) => t.stop());
    releaseAudioContext();
  }
}
