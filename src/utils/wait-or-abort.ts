/** Resolves after `ms`, or as soon as `signal` aborts (never rejects: what was gathered so far counts). */
export function waitOrAbort(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(done);
      resolve();
    }, { once: true });
  });
}
