/** A change asked for: the whole set to apply, built on the constraints it follows. */
export type ConstraintChange = (base: Readonly<MediaTrackConstraints>) => MediaTrackConstraints;

/** The track as the store reports it: which one it is and the constraints it says are in force. */
export interface ReportedTrack {
  readonly id: string;
  readonly constraints: Readonly<MediaTrackConstraints>;
}

export interface ApplyQueueOptions {
  /** The track of the queue's kind now (the store's snapshot), or undefined when there is none. */
  track: () => ReportedTrack | undefined;
  /** Applies a whole set; resolves whether it is now in force. Must not reject. */
  apply: (constraints: MediaTrackConstraints) => Promise<boolean>;
}

/** What this queue last applied with success, and what the track reported right after. */
interface Applied {
  trackId: string;
  constraints: MediaTrackConstraints;
  reported: string;
}

/**
 * One apply at a time for one track. `applyConstraints` replaces a track's whole set, so two
 * applies that overlap, each built on the set in force before the first one resolved, would
 * undo each other. Here a change made while an apply is in flight waits for it; every change
 * waiting then goes in one apply, built (in the order they were made, so the last value of each
 * constraint wins) on the set in force once the one in flight settled: with its change when it
 * succeeded, without when it was refused.
 *
 * "In force" is what this queue applied last, as long as the track is the same and still reports
 * what it reported then; otherwise (another track, another element's apply, a refusal that
 * changed the report) what the track reports. Chromium's `getConstraints()` leaves out part of a
 * set that has Image Capture constraints, so its report alone would lose constraints.
 */
export class ApplyQueue {
  private waiting: { change: ConstraintChange; settled: () => void }[] = [];
  private running = false;
  private applied?: Applied;

  constructor(private readonly options: ApplyQueueOptions) {}

  /**
   * Asks for a change; when nothing is in flight it is applied at once. Resolves once the apply
   * that carries it settled (whether it succeeded or not: the element reports that).
   */
  enqueue(change: ConstraintChange): Promise<void> {
    const settled = new Promise<void>((resolve) => this.waiting.push({ change, settled: resolve }));
    if (!this.running) void this.run();
    return settled;
  }

  /** The constraints the next apply builds on (see the class). */
  private inForce(): Readonly<MediaTrackConstraints> {
    const track = this.options.track();
    const applied = this.applied;
    if (track && applied?.trackId === track.id && applied.reported === JSON.stringify(track.constraints)) {
      return applied.constraints;
    }
    return track?.constraints ?? {};
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0);
        const constraints = batch.reduce<Readonly<MediaTrackConstraints>>((base, { change }) => change(base), this.inForce());
        try {
          if (await this.options.apply(constraints)) this.remember(constraints);
        } finally {
          batch.forEach(({ settled }) => settled());
        }
      }
    } finally {
      this.running = false;
    }
  }

  private remember(constraints: MediaTrackConstraints): void {
    const track = this.options.track();
    this.applied = track ? { trackId: track.id, constraints, reported: JSON.stringify(track.constraints) } : undefined;
  }
}
