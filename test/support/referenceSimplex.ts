/**
 * A reference LP solver for tests, written from the textbook and independent of the program:
 * dense tableau, two-phase simplex, Bland's rule (no cycling). Slow and simple on purpose.
 *
 *   minimise c·x  subject to  A_i·x (≤ | = | ≥) b_i,  x ≥ 0
 */
export type RefOp = '<=' | '=' | '>=';
export type RefRow = { readonly coefs: readonly number[]; readonly op: RefOp; readonly rhs: number };
export type RefLp = { readonly cost: readonly number[]; readonly rows: readonly RefRow[] };
export type RefResult =
  | { readonly status: 'optimal'; readonly objective: number; readonly x: number[] }
  | { readonly status: 'infeasible' }
  | { readonly status: 'unbounded' };

const EPS = 1e-9;

/** Pivot the tableau T (rows 0..m-1 constraints, row m objective) on (r, k). */
function pivot(T: number[][], r: number, k: number): void {
  const pr = T[r] as number[];
  const p = pr[k] as number;
  for (let j = 0; j < pr.length; j++) pr[j] = (pr[j] as number) / p;
  for (let i = 0; i < T.length; i++) {
    if (i === r) continue;
    const row = T[i] as number[];
    const f = row[k] as number;
    if (f === 0) continue;
    for (let j = 0; j < row.length; j++) row[j] = (row[j] as number) - f * (pr[j] as number);
  }
}

/**
 * Minimise the objective row of T over the columns `allowed` (Bland's rule: lowest-index
 * entering column with negative reduced cost; ties in the ratio test go to the lowest basic index).
 * The objective row holds reduced costs; its last entry is minus the objective value.
 */
function iterate(T: number[][], basis: number[], allowed: (j: number) => boolean): 'optimal' | 'unbounded' {
  const m = basis.length;
  const obj = T[m] as number[];
  const width = obj.length - 1;
  for (let guard = 0; guard < 100_000; guard++) {
    let k = -1;
    for (let j = 0; j < width; j++) {
      if (allowed(j) && (obj[j] as number) < -EPS) {
        k = j;
        break;
      }
    }
    if (k < 0) return 'optimal';
    let r = -1;
    let best = Infinity;
    for (let i = 0; i < m; i++) {
      const a = (T[i] as number[])[k] as number;
      if (a <= EPS) continue;
      const ratio = ((T[i] as number[])[width] as number) / a;
      if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && (basis[i] as number) < (basis[r] as number))) {
        best = ratio;
        r = i;
      }
    }
    if (r < 0) return 'unbounded';
    pivot(T, r, k);
    basis[r] = k;
  }
  throw new Error('reference simplex: iteration limit');
}

export function solveReference(lp: RefLp): RefResult {
  const n = lp.cost.length;
  // Make every right-hand side non-negative (flip the row and its sense).
  const rows = lp.rows.map((r) =>
    r.rhs >= 0
      ? r
      : {
          coefs: r.coefs.map((a) => -a),
          rhs: -r.rhs,
          op: (r.op === '<=' ? '>=' : r.op === '>=' ? '<=' : '=') as RefOp,
        },
  );
  const m = rows.length;
  // Columns: x (n) | one slack or surplus per inequality | one artificial per row | rhs.
  const slackOf = rows.map(() => -1);
  let cols = n;
  rows.forEach((r, i) => {
    if (r.op !== '=') slackOf[i] = cols++;
  });
  const artStart = cols;
  const width = artStart + m;
  const T: number[][] = rows.map((r, i) => {
    const row = new Array<number>(width + 1).fill(0);
    for (let j = 0; j < n; j++) row[j] = r.coefs[j] ?? 0;
    const s = slackOf[i] as number;
    if (s >= 0) row[s] = r.op === '<=' ? 1 : -1;
    row[artStart + i] = 1;
    row[width] = r.rhs;
    return row;
  });
  const basis = rows.map((_, i) => artStart + i);
  // Phase 1: minimise the sum of artificials. Reduced costs = 1 on artificials minus the sum of rows.
  const phase1 = new Array<number>(width + 1).fill(0);
  for (let i = 0; i < m; i++) phase1[artStart + i] = 1;
  for (const row of T) for (let j = 0; j <= width; j++) phase1[j] = (phase1[j] as number) - (row[j] as number);
  T.push(phase1);
  iterate(T, basis, () => true);
  const scale = 1 + rows.reduce((t, r) => t + Math.abs(r.rhs), 0);
  if (-((T[m] as number[])[width] as number) > 1e-9 * scale) return { status: 'infeasible' };
  // Drive artificials out of the basis where a real column can replace them (else the row is redundant).
  for (let i = 0; i < m; i++) {
    if ((basis[i] as number) < artStart) continue;
    const row = T[i] as number[];
    const k = row.findIndex((a, j) => j < artStart && Math.abs(a) > 1e-7);
    if (k >= 0) {
      pivot(T, i, k);
      basis[i] = k;
    }
  }
  // Phase 2: the true objective, expressed in reduced costs for the current basis; artificials barred.
  const obj = new Array<number>(width + 1).fill(0);
  for (let j = 0; j < n; j++) obj[j] = lp.cost[j] ?? 0;
  for (let i = 0; i < m; i++) {
    const b = basis[i] as number;
    const cb = b < n ? (lp.cost[b] ?? 0) : 0;
    if (cb === 0) continue;
    const row = T[i] as number[];
    for (let j = 0; j <= width; j++) obj[j] = (obj[j] as number) - cb * (row[j] as number);
  }
  T[m] = obj;
  if (iterate(T, basis, (j) => j < artStart) === 'unbounded') return { status: 'unbounded' };
  const x = new Array<number>(n).fill(0);
  basis.forEach((b, i) => {
    if (b < n) x[b] = (T[i] as number[])[width] as number;
  });
  const objective = x.reduce((t, v, j) => t + v * (lp.cost[j] ?? 0), 0);
  return { status: 'optimal', objective, x };
}
