/** Called with each published snapshot and the one published just before it. */
export type SnapshotListener<S> = (state: S, previous: S) => void;

export interface SnapshotStore<S extends object> {
  /** The newest snapshot (frozen). While listeners are being notified it may be ahead of theirs. */
  get(): S;
  /**
   * Publishes `next` unless every field is the same as now (then returns false and nobody hears
   * of it). `onPublish` runs at once; listeners are notified in order (see below).
   */
  set(next: S): boolean;
  /** Adds a listener for the snapshots published from now on; returns the function that removes it. */
  subscribe(listener: SnapshotListener<S>): () => void;
  /** How many listeners there are. */
  readonly size: number;
  /** Removes every listener; snapshots waiting to be delivered reach nobody. */
  clear(): void;
}

const report = (error: unknown) =>
  typeof globalThis.reportError === 'function' ? globalThis.reportError(error) : console.error(error);

const sameFields = <S extends object>(a: S, b: S) => {
  const keys = Object.keys(a) as (keyof S)[];
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
};

/**
 * One value as frozen snapshots, and its listeners. A listener that publishes again while being
 * notified (a store call made from a listener) does not cut the others short: notifications wait
 * in a queue, so every listener receives every snapshot published while it is subscribed, in
 * order, exactly once, and each `previous` is the snapshot it received before. A listener that
 * throws is reported (`reportError`) and the others still run.
 *
 * `onPublish` runs synchronously on every publication, before any listener: for the owner's own
 * bookkeeping, which must follow the newest snapshot whatever the listeners do.
 */
export function createSnapshotStore<S extends object>(initial: S, onPublish?: (state: S, previous: S) => void): SnapshotStore<S> {
  let state = Object.freeze(initial);
  const listeners = new Set<SnapshotListener<S>>();
  const queue: { state: S; previous: S; to: SnapshotListener<S>[] }[] = [];
  let notifying = false;

  function drain(): void {
    notifying = true;
    try {
      for (let item = queue.shift(); item; item = queue.shift()) {
        for (const listener of item.to) {
          if (!listeners.has(listener)) continue; // removed after this snapshot was published
          try {
            listener(item.state, item.previous);
          } catch (error) {
            report(error);
          }
        }
      }
    } finally {
      notifying = false;
    }
  }

  return {
    get: () => state,
    set(next) {
      if (sameFields(next, state)) return false;
      const previous = state;
      state = Object.freeze(next);
      onPublish?.(state, previous);
      if (listeners.size > 0) queue.push({ state, previous, to: [...listeners] });
      if (!notifying) drain();
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get size() {
      return listeners.size;
    },
    clear() {
      listeners.clear();
      queue.length = 0;
    },
  };
}
