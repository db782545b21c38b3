import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatString } from '../../i18n/strings.js';
import { releaseUnlessMoved } from '../../utils/unless-moved.js';
import { boothTexts } from './photo-booth.strings.js';

export interface ShutterOptions {
  /** Seconds counted down before the first photo; 0 for none. */
  countdown: () => number;
  /** Photos one press takes. */
  burst: () => number;
  /** Milliseconds between the photos of a burst. */
  burstInterval: () => number;
  /** Takes one photo; a failure is shown and reported by it, and ends the shot. */
  takePhoto: () => Promise<unknown>;
  /** Says something to screen readers. */
  announce: (text: string) => void;
}

/** Waits `ms`; rejects as soon as `signal` is aborted, also when it already is. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const cancel = () => {
      clearTimeout(timer);
      reject(new DOMException('Cancelled', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', cancel);
      resolve();
    }, ms);
    if (signal.aborted) cancel();
    else signal.addEventListener('abort', cancel, { once: true });
  });
}

/**
 * The shutter: a countdown (shown as `count`, announced; Escape or `cancel()` stops it), then one
 * photo or a burst. A shot ends when the booth leaves the page (not when it is only moved).
 */
export class ShutterController implements ReactiveController {
  /** The number shown over the picture while counting down; 0 otherwise. */
  count = 0;
  /** A shot (countdown and photos) is under way. */
  busy = false;
  private shot?: AbortController;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: ShutterOptions) {
    host.addController(this);
  }

  /** The countdown, then the photos; a second press while a shot runs does nothing. */
  async shoot(): Promise<void> {
    if (this.busy) return;
    const { signal } = (this.shot = new AbortController());
    const { announce } = this.options;
    this.show(0, true);
    try {
      for (let n = this.options.countdown(); n > 0; n--) {
        this.show(n, true);
        announce(String(n));
        await sleep(1000, signal);
      }
      this.show(0, true);
      const burst = this.options.burst();
      for (let i = 0; i < burst; i++) {
        if (i > 0) await sleep(this.options.burstInterval(), signal);
        await this.options.takePhoto();
      }
      announce(burst > 1 ? formatString(boothTexts().photosTaken, { n: burst }) : boothTexts().photoTaken);
    } catch {
      // A failed photo was shown and reported by takePhoto; a cancel is announced here.
      if (signal.aborted) announce(boothTexts().countdownCancelled);
    } finally {
      this.show(0, false);
    }
  }

  /** Stops the countdown or burst under way. */
  cancel(): void {
    this.shot?.abort();
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
    releaseUnlessMoved(this.host, () => this.cancel());
  }

  private show(count: number, busy: boolean): void {
    this.count = count;
    this.busy = busy;
    this.host.requestUpdate();
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.count) {
      event.preventDefault();
      this.cancel();
    }
  };
}
