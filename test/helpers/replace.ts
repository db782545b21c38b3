const pending = new Set<() => void>();

/**
 * Replaces `object[key]` for one test (a browser API fault, or a spy), also when `object` only
 * inherits it; returns the function that puts it back (once). `restoreReplaced()`, in an
 * `afterEach`, puts back whatever a test left replaced: also after it failed or timed out, so a
 * fault never leaks into the next test.
 */
export function replace<T extends object, K extends keyof T>(object: T, key: K, value: T[K]): () => void {
  const own = Object.getOwnPropertyDescriptor(object, key);
  Object.defineProperty(object, key, { value, configurable: true, writable: true });
  const restore = () => {
    if (!pending.delete(restore)) return;
    if (own) Object.defineProperty(object, key, own);
    else delete object[key];
  };
  pending.add(restore);
  return restore;
}

/** Puts back everything still replaced, newest first. */
export function restoreReplaced(): void {
  [...pending].reverse().forEach((restore) => restore());
}
