import { TrackLevel } from '../../utils/track-level.js';

/**
 * The levels (0–100, `levelOf`) of several microphones at once, on the page's shared
 * AudioContext, measured once per animation frame while there is any to measure.
 */
export class MicrophoneLevels {
  private readonly analyses = new Map<string, TrackLevel>();
  private frame = 0;

  constructor(
    /** Called every frame with each measured key's level. */
    private readonly onLevels: (levels: ReadonlyMap<string, number>) => void,
  ) {}

  /** Measures exactly these tracks, by key: starts the new ones, ends the others. */
  measure(tracks: ReadonlyMap<string, MediaStreamTrack>): void {
    for (const [key, analysis] of this.analyses) {
      if (tracks.get(key) !== analysis.track) this.end(key, analysis);
    }
    for (const [key, track] of tracks) {
      if (!this.analyses.has(key)) this.begin(key, track);
    }
    if (this.analyses.size > 0 && !this.frame) this.frame = requestAnimationFrame(this.tick);
    if (this.analyses.size === 0 && this.frame) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    }
  }

  /** Ends every measure. */
  stop(): void {
    this.measure(new Map());
  }

  private begin(key: string, track: MediaStreamTrack): void {
    try {
      this.analyses.set(key, new TrackLevel(track));
    } catch (error) {
      console.warn('<device-picker>: cannot measure this microphone.', error); // never thrown out of an update
    }
  }

  private end(key: string, analysis: TrackLevel): void {
    analysis.close();
    this.analyses.delete(key);
  }

  private readonly tick = (): void => {
    const levels = new Map<string, number>();
    for (const [key, analysis] of this.analyses) levels.set(key, analysis.read());
    this.onLevels(levels);
    this.frame = requestAnimationFrame(this.tick);
  };
}
