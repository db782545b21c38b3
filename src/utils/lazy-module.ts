import { createCaptureError, type CaptureError } from '../core/errors.js';

/**
 * A part of the kit that could not be loaded (the page went offline, a CDN's integrity check
 * refused it): code `unknown`, reason `not-loaded`, the browser's words as `detail`. The browser
 * rejects with a TypeError, which would otherwise read as a bad argument.
 */
const notLoadedError = (cause: unknown): CaptureError =>
  createCaptureError('unknown', { reason: 'not-loaded', detail: cause instanceof Error ? cause.message : String(cause) }, cause);

/** Loads a part of the kit with `importer` (an `import()`); its failure is a `not-loaded` CaptureError. */
export const loadPart = <T>(importer: () => Promise<T>): Promise<T> => importer().catch((cause: unknown) => {
  throw notLoadedError(cause);
});

/**
 * A module loaded the first time it is needed (`load()`), then at hand synchronously (`loaded`):
 * what a render or a controller's update uses once a promise brought it. A load that failed (the
 * page went offline) is tried again by the next `load()`.
 */
export class LazyModule<T> {
  /** The module, once loaded. */
  loaded?: T;
  private loading?: Promise<T>;

  constructor(private readonly importer: () => Promise<T>) {}

  load(): Promise<T> {
    return (this.loading ??= loadPart(this.importer).then(
      (module) => (this.loaded = module),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    ));
  }

  /**
   * The module as soon as it can be had: itself once loaded (an `await` of it costs a microtask),
   * else the load. A dynamic `import()` of a module already there still waits for a task.
   */
  get(): T | Promise<T> {
    return this.loaded ?? this.load();
  }

  /** Starts loading ahead of need; a failure is left to the `load()` that needs the module. */
  preload(): void {
    if (this.loading) return; // loaded, or on its way: nothing to start (callers preload on every update)
    this.load().catch(() => undefined);
  }
}
