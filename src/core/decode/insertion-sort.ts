/** The decoder's one sort of short lists (beams, a slot's edges). */

/**
 * Sorts list[from..] by `key`, largest first, in place and stably: the order Array.prototype.sort
 * gives, without its scratch copy. For the decoder's lists of a dozen items or so, where that copy
 * was a large share of all allocation.
 */
export function sortDescending<T>(list: T[], from: number, key: (item: T) => number): void {
  for (let i = from + 1; i < list.length; i++) {
    const item = list[i] as T;
    const value = key(item);
    let j = i - 1;
    while (j >= from && key(list[j] as T) < value) {
      list[j + 1] = list[j] as T;
      j--;
    }
    list[j + 1] = item;
  }
}
