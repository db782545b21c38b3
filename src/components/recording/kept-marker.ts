/**
 * A note in localStorage that a recording was kept in this origin's storage: an element looks
 * for recordings to recover (loading the storage code, opening the storage) only when it is
 * there, so a page whose visitors never recorded fetches and touches nothing for it.
 */
const key = 'capture-kit-recordings';

export function noteKept(): void {
  try {
    localStorage.setItem(key, '1');
  } catch {
    // Storage refused (private modes): recovery is not offered, recordings still work.
  }
}

export function anyKept(): boolean {
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

export function forgetKeptNote(): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to do: the note could not have been written either.
  }
}
