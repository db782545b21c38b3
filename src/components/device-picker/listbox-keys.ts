/**
 * The option a key moves to in a list of `count` options (the ARIA listbox pattern: Up and Down
 * by one, stopping at the ends; Home and End), or undefined for a key that does not move.
 */
export function movedIndex(key: string, index: number, count: number): number | undefined {
  const last = Math.max(0, count - 1);
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, index + 1);
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
