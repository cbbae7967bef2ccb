/**
 * Longest-matching-blocks alignment, a faithful port of Python's
 * difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks(): no junk, no popular
 * elements, the same tie-breaking (earliest block in `a`, then in `b`), hence the same blocks.
 */

/** A matching block: a[a..a+size) equals b[b..b+size). */
export interface MatchingBlock {
  /** Start in the first sequence. */
  a: number;
  /** Start in the second sequence. */
  b: number;
  /** Length of the block. */
  size: number;
}

type Index = Map<string, number[]>;

function indexOf(b: readonly string[]): Index {
  const b2j: Index = new Map();
  b.forEach((elt, j) => {
    const list = b2j.get(elt);
    if (list) list.push(j);
    else b2j.set(elt, [j]);
  });
  return b2j;
}

/** difflib's find_longest_match over a[alo..ahi) and b[blo..bhi). */
function findLongestMatch(
  a: readonly string[],
  b: readonly string[],
  b2j: Index,
  alo: number,
  ahi: number,
  blo: number,
  bhi: number,
): MatchingBlock {
  let besti = alo;
  let bestj = blo;
  let bestsize = 0;
  let j2len = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const newj2len = new Map<number, number>();
    for (const j of b2j.get(a[i] as string) ?? []) {
      if (j < blo) continue;
      if (j >= bhi) break;
      const k = (j2len.get(j - 1) ?? 0) + 1;
      newj2len.set(j, k);
      if (k > bestsize) {
        besti = i - k + 1;
        bestj = j - k + 1;
        bestsize = k;
      }
    }
    j2len = newj2len;
  }
  // difflib's extension loops; without junk they never fire, kept so the port stays literal.
  while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) {
    besti--;
    bestj--;
    bestsize++;
  }
  while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) bestsize++;
  return { a: besti, b: bestj, size: bestsize };
}

/**
 * The matching blocks of `a` and `b` in increasing order, adjacent blocks merged, ending with the
 * sentinel `{ a: a.length, b: b.length, size: 0 }`, exactly as difflib returns them.
 */
export function matchingBlocks(a: readonly string[], b: readonly string[]): MatchingBlock[] {
  const b2j = indexOf(b);
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  const blocks: MatchingBlock[] = [];
  while (queue.length > 0) {
    const [alo, ahi, blo, bhi] = queue.pop() as [number, number, number, number];
    const m = findLongestMatch(a, b, b2j, alo, ahi, blo, bhi);
    if (m.size === 0) continue;
    blocks.push(m);
    if (alo < m.a && blo < m.b) queue.push([alo, m.a, blo, m.b]);
    if (m.a + m.size < ahi && m.b + m.size < bhi) queue.push([m.a + m.size, ahi, m.b + m.size, bhi]);
  }
  blocks.sort((x, y) => x.a - y.a || x.b - y.b || x.size - y.size);
  const merged: MatchingBlock[] = [];
  let cur: MatchingBlock = { a: 0, b: 0, size: 0 };
  for (const m of blocks) {
    if (cur.a + cur.size === m.a && cur.b + cur.size === m.b) {
      cur = { a: cur.a, b: cur.b, size: cur.size + m.size };
    } else {
      if (cur.size > 0) merged.push(cur);
      cur = m;
    }
  }
  if (cur.size > 0) merged.push(cur);
  merged.push({ a: a.length, b: b.length, size: 0 });
  return merged;
}

/** For each position of `a`, whether it lies in a matching block with `b` (is "matched unchanged"). */
export function matchedInA(a: readonly string[], b: readonly string[]): boolean[] {
  const matched = new Array<boolean>(a.length).fill(false);
  for (const m of matchingBlocks(a, b)) for (let k = 0; k < m.size; k++) matched[m.a + k] = true;
  return matched;
}
