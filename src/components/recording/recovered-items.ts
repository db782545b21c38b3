/** How to forget the stored copy of each recovered clip a gallery shows. */
const storedCopies = new WeakMap<object, () => Promise<void>>();

/** `item` was recovered from storage; `discard` forgets the stored copy. */
export function markRecovered(item: object, discard: () => Promise<void>): void {
  storedCopies.set(item, discard);
}

/** The person deleted `item`: a recovered clip's stored copy goes with it (nothing for other items). */
export function forgetRecovered(item: object): void {
  void storedCopies.get(item)?.();
  storedCopies.delete(item);
}
