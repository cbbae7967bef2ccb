/** Logistic regression by Newton's method with a small L2 penalty, for the fitting scripts. */

/** A fitted model: intercept and one weight per feature name. */
export interface Logistic {
  intercept: number;
  weights: Record<string, number>;
}

/** A labelled sample; `weight` (default 1) counts it as that many samples. */
export interface LogisticSample {
  x: Record<string, number>;
  y: 0 | 1;
  weight?: number;
}

/** Fits P(y=1 | x) = sigmoid(b + w·x) to labelled samples. */
export function fitLogistic(samples: ReadonlyArray<LogisticSample>, l2 = 1e-2, iterations = 30): Logistic {
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.x)))].sort();
  const d = names.length + 1;
  const rows = samples.map((s) => [1, ...names.map((n) => s.x[n] ?? 0)]);
  const total = samples.reduce((sum, s) => sum + (s.weight ?? 1), 0);
  let w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < iterations; iter++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    rows.forEach((row, i) => {
      const z = row.reduce((acc, v, j) => acc + v * (w[j] as number), 0);
      const p = 1 / (1 + Math.exp(-z));
      const sample = samples[i] as LogisticSample;
      const weight = sample.weight ?? 1;
      const err = weight * (p - sample.y);
      const q = weight * p * (1 - p);
      for (let a = 0; a < d; a++) {
        grad[a] = (grad[a] as number) + err * (row[a] as number);
        const ha = hess[a] as number[];
        for (let b = 0; b < d; b++) ha[b] = (ha[b] as number) + q * (row[a] as number) * (row[b] as number);
      }
    });
    for (let a = 1; a < d; a++) {
      grad[a] = (grad[a] as number) + l2 * total * (w[a] as number);
      (hess[a] as number[])[a] = ((hess[a] as number[])[a] as number) + l2 * total;
    }
    const step = solve(hess, grad);
    w = w.map((v, j) => v - (step[j] as number));
  }
  return { intercept: round(w[0] as number), weights: Object.fromEntries(names.map((n, j) => [n, round(w[j + 1] as number)])) };
}

/** Solves A x = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[pivot] as number[])[c] as number)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    const pc = (m[c] as number[])[c] as number;
    if (Math.abs(pc) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = ((m[r] as number[])[c] as number) / pc;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) (m[r] as number[])[k] = ((m[r] as number[])[k] as number) - f * ((m[c] as number[])[k] as number);
    }
  }
  return m.map((row, i) => {
    const p = row[i] as number;
    return Math.abs(p) < 1e-12 ? 0 : (row[n] as number) / p;
  });
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
