/**
 * Splitting a gap of the alignment where neighbouring substitutions ran together. A farm that
 * writes "best profit got here" for "greatest benefit came" makes three substitutions, but the
 * aligner sees one gap of three words against four. Substitutions seen on their own elsewhere (one
 * word on a side: "came" -> "got here") are anchors: the gap is cut where anchored pairs explain
 * it, and what no anchor explains stays one phrase ("according to" -> "in line with"), as does a
 * gap that recurs word for word unless anchors explain all of it.
 */
import type { AlignOp, WordSpan } from './align.js';
import { isEnglishFunctionWord } from '../text/language.js';
import { phrase } from './words.js';

/** What the pairs show: substitutions seen alone, and gaps seen whole, keyed `original\tspun` (lower case). */
export interface Anchors {
  /** Unambiguous substitutions (one word on a side, or equal sides cut word by word) and their counts. */
  pairs: Map<string, number>;
  /** Ambiguous gaps and how often each recurs word for word. */
  gaps: Map<string, number>;
}

/** Anchors with nothing in them: every ambiguous gap stays whole. */
export function emptyAnchors(): Anchors {
  return { pairs: new Map(), gaps: new Map() };
}

/** Longest side of an anchored piece, in words. */
const MAX_PIECE = 4;

/** Substitutions pairing n original words with n spun words one by one, from a and b on. */
export function wordByWord(a: number, b: number, n: number): AlignOp[] {
  const out: AlignOp[] = [];
  for (let k = 0; k < n; k++) out.push({ type: 'substitute', a: a + k, aLength: 1, b: b + k, bLength: 1 });
  return out;
}

/** True for a gap that may hide several substitutions: words on both sides, more than one on each, unequal. */
export function ambiguous(op: AlignOp): boolean {
  return op.type === 'substitute' && op.aLength > 1 && op.bLength > 1 && op.aLength !== op.bLength;
}

/** Adds the substitutions of `ops` to `anchors`: the unambiguous ones as pairs, the others as gaps. */
export function addAnchors(anchors: Anchors, ops: readonly AlignOp[], a: readonly WordSpan[], b: readonly WordSpan[]): void {
  for (const op of ops) {
    if (op.type !== 'substitute') continue;
    const k = `${phrase(a, op.a, op.aLength)}\t${phrase(b, op.b, op.bLength)}`;
    const map = ambiguous(op) ? anchors.gaps : anchors.pairs;
    map.set(k, (map.get(k) ?? 0) + 1);
  }
}

/** Best split found so far of a gap prefix: anchored pieces, their counts, pieces, and how it ends. */
interface Cell {
  anchored: number;
  support: number;
  pieces: number;
  /** The last piece, or null at the start. */
  last: { i: number; j: number; anchored: boolean } | null;
  prev: Cell | null;
}

function better(x: Cell, y: Cell | undefined): boolean {
  if (y === undefined) return true;
  if (x.anchored !== y.anchored) return x.anchored > y.anchored;
  if (x.support !== y.support) return x.support > y.support;
  return x.pieces < y.pieces;
}

/**
 * The gap `op` as one or more substitutions: the split with the most anchored pieces (then the
 * best-supported, then the fewest pieces), where unanchored words between anchors stay together.
 * A gap no anchor explains comes back whole.
 */
export function splitGap(op: AlignOp, a: readonly WordSpan[], b: readonly WordSpan[], anchors: Anchors): AlignOp[] {
  const n = op.aLength;
  const m = op.bLength;
  // best[u][i][j]: best split of the first i original and j spun words; u = 1 when it ends unanchored.
  const best: Array<Array<Array<Cell | undefined>>> = [0, 1].map(() => Array.from({ length: n + 1 }, () => new Array<Cell | undefined>(m + 1)));
  (best[0] as Array<Array<Cell | undefined>>)[0]![0] = { anchored: 0, support: 0, pieces: 0, last: null, prev: null };
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (const u of [0, 1]) {
        const cell = best[u]?.[i]?.[j];
        if (cell === undefined) continue;
        for (let di = 1; i + di <= n; di++) {
          for (let dj = 1; j + dj <= m; dj++) {
            const count = di <= MAX_PIECE && dj <= MAX_PIECE ? anchors.pairs.get(`${phrase(a, op.a + i, di)}\t${phrase(b, op.b + j, dj)}`) : undefined;
            const anchored = count !== undefined;
            // Two unanchored pieces side by side are one: nothing says where they part.
            if (!anchored && u === 1) continue;
            const next: Cell = {
              anchored: cell.anchored + (anchored ? 1 : 0),
              support: cell.support + (anchored ? Math.log(1 + count) : 0),
              pieces: cell.pieces + 1,
              last: { i: di, j: dj, anchored },
              prev: cell,
            };
            const row = best[anchored ? 0 : 1]?.[i + di] as Array<Cell | undefined>;
            if (better(next, row[j + dj])) row[j + dj] = next;
          }
        }
      }
    }
  }
  const end = [best[0]?.[n]?.[m], best[1]?.[n]?.[m]].reduce<Cell | undefined>((x, y) => (y !== undefined && better(y, x) ? y : x), undefined);
  if (end === undefined || end.anchored === 0) return [op];
  // A gap that recurs word for word is a phrase the farm writes ("according to" -> "in line
  // with"), unless anchors explain every piece of it: a stray anchor ("to" -> "with") must not cut it.
  if ((anchors.gaps.get(`${phrase(a, op.a, n)}\t${phrase(b, op.b, m)}`) ?? 0) >= 2 && end.anchored < end.pieces) return [op];
  const pieces: Array<{ i: number; j: number; anchored: boolean }> = [];
  for (let c: Cell | null = end; c !== null && c.last !== null; c = c.prev) pieces.push(c.last);
  pieces.reverse();
  const out: AlignOp[] = [];
  let ai = op.a;
  let bj = op.b;
  let strong = end.anchored === end.pieces;
  for (const piece of pieces) {
    const key = `${phrase(a, ai, piece.i)}\t${phrase(b, bj, piece.j)}`;
    // A piece of function words seen once ("to" -> "with") is too weak to leave the rest a phrase of its own.
    if (piece.anchored && ((anchors.pairs.get(key) ?? 0) >= 2 || !key.split(/[\t ]/).every(isEnglishFunctionWord))) strong = true;
    // What no anchor explains, with equal sides, is read word by word, as the aligner reads an equal gap.
    if (!piece.anchored && piece.i === piece.j) out.push(...wordByWord(ai, bj, piece.i));
    else out.push({ type: 'substitute', a: ai, aLength: piece.i, b: bj, bLength: piece.j });
    ai += piece.i;
    bj += piece.j;
  }
  return strong ? out : [op];
}
