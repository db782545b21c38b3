/**
 * A Web Lock held by the page recording a clip: the browser lets it go when that page closes or
 * crashes, so a clip whose lock is held is being recorded, and one whose lock is free was cut short.
 */
const lockName = (id: string) => `capture-kit-recording-${id}`;

const locks = (): LockManager | undefined => (typeof navigator === 'undefined' ? undefined : navigator.locks);

/** Holds clip `id`'s lock until the returned function is called (nothing where the browser has no Web Locks). */
export function holdClipLock(id: string): () => void {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  locks()?.request(lockName(id), () => held).catch(() => undefined);
  return release;
}

/** The ids of the clips being recorded now, in any page of this origin. */
export async function heldClipLocks(): Promise<Set<string>> {
  const prefix = lockName('');
  const snapshot = await locks()?.query().catch(() => undefined);
  return new Set((snapshot?.held ?? []).map(({ name = '' }) => name).filter((name) => name.startsWith(prefix)).map((name) => name.slice(prefix.length)));
}
