/** The worker's whole script: once told a period, it posts a message every period. */
const script = 'onmessage = (event) => setInterval(() => postMessage(0), event.data);';

/**
 * Calls `tick` every `periodMs` from a timer in a dedicated Worker: the timers of a hidden page
 * are slowed (to about once a second), a worker's are not. Where no worker starts (no Worker, or
 * a Content-Security-Policy that refuses blob: workers), the page's own timer does it.
 */
export class WorkerTimer {
  private worker?: Worker;
  private url?: string;
  private fallback?: ReturnType<typeof setInterval>;
  private stopped = false;

  constructor(private readonly periodMs: number, private readonly tick: () => void) {
    try {
      this.url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
      this.worker = new Worker(this.url);
      this.worker.onmessage = () => {
        this.releaseUrl(); // the worker runs, so its script is loaded
        if (!this.stopped) this.tick();
      };
      this.worker.onerror = () => this.onPageTimer();
      this.worker.postMessage(periodMs);
    } catch {
      this.onPageTimer();
    }
  }

  /** Ends the ticks and the worker; idempotent. */
  stop(): void {
    this.stopped = true;
    this.endWorker();
    clearInterval(this.fallback);
  }

  private onPageTimer(): void {
    this.endWorker();
    if (!this.stopped && this.fallback === undefined) this.fallback = setInterval(this.tick, this.periodMs);
  }

  private endWorker(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.releaseUrl();
  }

  private releaseUrl(): void {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = undefined;
  }
}
