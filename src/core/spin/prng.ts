/**
 * A small seeded pseudo-random generator (mulberry32). The spinner never uses Math.random so that a
 * seed reproduces the same spun text on every platform.
 */

/** A function returning uniform floats in [0, 1). */
export type Random = () => number;

/**
 * Creates a mulberry32 generator for a 32-bit seed. Any number is accepted; it is reduced to 32 bits.
 */
export function mulberry32(seed: number): Random {
  let a = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws from a discrete distribution given as items with `prob`; the probabilities need not sum to 1. */
export function sample<T extends { prob: number }>(items: readonly T[], random: Random): T | undefined {
  let total = 0;
  for (const item of items) total += item.prob;
  let r = random() * total;
  for (const item of items) {
    r -= item.prob;
    if (r < 0) return item;
  }
  // Rounding can leave r at a hair above 0: fall back to the last item.
  return items[items.length - 1];
}
