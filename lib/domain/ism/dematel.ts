// DEMATEL (Decision-Making Trial and Evaluation Laboratory; Fontela & Gabus 1976) on a direct
// influence matrix D (here the 0/1 direct links of an SSIM, diagonal 0):
//   N = D / s, s = max(largest row sum, largest column sum)   (normalised direct matrix)
//   T = N (I − N)^-1                                           (total relation: direct + all indirect)
//   r = row sums of T (influence given), c = column sums (influence received),
//   prominence r + c (how central), relation r − c (> 0: net cause, < 0: net effect).
// When I − N is singular (every row and column sum equals s, e.g. a plain directed ring), the
// series does not converge; N is then scaled by s + 1 instead, and `scale` says so.

import { IsmInputError } from "./types";

export const DEMATEL_CITATION = "Fontela, E. & Gabus, A. (1976). The DEMATEL Observer. Battelle Geneva Research Centre.";

export interface DematelResult {
  /** The divisor actually used (s, or s + 1 when I − D/s is singular). */
  scale: number;
  normalised: number[][];
  total: number[][];
  /** Row sums of T: influence a factor gives. */
  given: number[];
  /** Column sums of T: influence a factor receives. */
  received: number[];
  /** r + c. */
  prominence: number[];
  /** r − c: positive = net cause, negative = net effect. */
  relation: number[];
}

/** Inverse by Gauss–Jordan with partial pivoting; null when (numerically) singular. */
export function invert(a: readonly (readonly number[])[]): number[][] | null {
  const n = a.length;
  const m = a.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = r;
    const p = m[pivot];
    if (!p || Math.abs(p[col] ?? 0) < 1e-12) return null;
    [m[col], m[pivot]] = [p, m[col] ?? p];
    const row = m[col] ?? p;
    const pv = row[col] ?? 1;
    for (let j = 0; j < 2 * n; j++) row[j] = (row[j] ?? 0) / pv;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const other = m[r];
      const f = other?.[col] ?? 0;
      if (!other || f === 0) continue;
      for (let j = 0; j < 2 * n; j++) other[j] = (other[j] ?? 0) - f * (row[j] ?? 0);
    }
  }
  return m.map((row) => row.slice(n));
}

function multiply(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number[][] {
  const n = a.length;
  const k = b[0]?.length ?? 0;
  return a.map((row) => {
    const out = new Array<number>(k).fill(0);
    for (let t = 0; t < n; t++) {
      const v = row[t] ?? 0;
      if (v === 0) continue;
      const bt = b[t];
      for (let j = 0; j < k; j++) out[j] = (out[j] ?? 0) + v * (bt?.[j] ?? 0);
    }
    return out;
  });
}

/** DEMATEL on a square non-negative direct-influence matrix; the diagonal is ignored (set to 0). */
export function dematel(direct: readonly (readonly number[])[]): DematelResult {
  const n = direct.length;
  const d = direct.map((row, i) => {
    if (row.length !== n) throw new IsmInputError("matrix-shape", `DEMATEL row ${i + 1} does not have ${n} cells.`, { row: i + 1 });
    return row.map((v, j) => {
      if (!(Number.isFinite(v) && v >= 0)) {
        throw new IsmInputError("matrix-value", `DEMATEL cell (${i + 1}, ${j + 1}) is not a non-negative number.`, {
          row: i + 1,
          column: j + 1,
        });
      }
      return i === j ? 0 : v;
    });
  });
  const rowMax = Math.max(0, ...d.map((row) => row.reduce((s, v) => s + v, 0)));
  const colMax = Math.max(0, ...Array.from({ length: n }, (_, j) => d.reduce((s, row) => s + (row[j] ?? 0), 0)));
  const s = Math.max(rowMax, colMax);
  const attempt = (scale: number) => {
    const normalised = d.map((row) => row.map((v) => (scale === 0 ? 0 : v / scale)));
    const iMinusN = normalised.map((row, i) => row.map((v, j) => (i === j ? 1 : 0) - v));
    const inv = invert(iMinusN);
    return inv === null ? null : { normalised, total: multiply(normalised, inv) };
  };
  let scale = s === 0 ? 1 : s;
  let solved = attempt(scale);
  if (solved === null) {
    scale = s + 1;
    solved = attempt(scale);
  }
  // I − D/(s+1) is strictly diagonally dominant, so the second attempt always succeeds.
  const { normalised, total } = solved ?? { normalised: d, total: d };
  const given = total.map((row) => row.reduce((a, v) => a + v, 0));
  const received = Array.from({ length: n }, (_, j) => total.reduce((a, row) => a + (row[j] ?? 0), 0));
  return {
    scale,
    normalised,
    total,
    given,
    received,
    prominence: given.map((r, i) => r + (received[i] ?? 0)),
    relation: given.map((r, i) => r - (received[i] ?? 0)),
  };
}
