// An attacker's linear solver for peer figures. Given published quantile figures of a group of N
// institutions and of the same group without one of them (N − 1), it solves for the N sorted scores:
// for each position j the extra institution could take, the figures are linear in the sorted scores
// with known type-7 weights (h = (n − 1)·p), so least squares over those equations gives every score
// and the extra institution's. Against today's unprotected maths (type 7, full precision, P10/P90
// always) this returns the extra institution's exact score; the tests show it fails after the fix.
export interface Figures {
  n: number;
  p10: number | null;
  q1: number;
  median: number;
  q3: number;
  p90: number | null;
}

const QS: [keyof Figures, number][] = [
  ["p10", 0.1],
  ["q1", 0.25],
  ["median", 0.5],
  ["q3", 0.75],
  ["p90", 0.9],
];

/** Rows of type-7 weights over `size` sorted values, mapped onto the unknowns by `index`. */
function rows(f: Figures, unknowns: number, index: (i: number) => number): { a: number[]; b: number }[] {
  const out: { a: number[]; b: number }[] = [];
  for (const [key, p] of QS) {
    const v = f[key];
    if (typeof v !== "number") continue;
    const h = (f.n - 1) * p;
    const lo = Math.floor(h);
    const frac = h - lo;
    const a = new Array<number>(unknowns).fill(0);
    a[index(lo)]! += 1 - frac;
    if (frac > 0) a[index(Math.min(lo + 1, f.n - 1))]! += frac;
    out.push({ a, b: v });
  }
  return out;
}

/** Least squares by normal equations; null when the system does not determine the unknowns. */
function solve(eqs: { a: number[]; b: number }[], n: number): { x: number[]; residual: number } | null {
  if (eqs.length < n) return null;
  const m = Array.from({ length: n }, (_, i) => [
    ...Array.from({ length: n }, (_, j) => eqs.reduce((s, e) => s + e.a[i]! * e.a[j]!, 0)),
    eqs.reduce((s, e) => s + e.a[i]! * e.b, 0),
  ]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[piv]![c]!)) piv = r;
    if (Math.abs(m[piv]![c]!) < 1e-9) return null; // rank-deficient: the scores are not determined
    [m[c], m[piv]] = [m[piv]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = m.map((row, i) => row[n]! / row[i]!);
  const residual = Math.sqrt(eqs.reduce((s, e) => s + (e.a.reduce((t, v, i) => t + v * x[i]!, 0) - e.b) ** 2, 0));
  return { x, residual };
}

/** The extra institution's score from the figures with it (`withIt`, n = N) and without it (N − 1); null when not determined. */
export function differencingAttack(withIt: Figures, without: Figures): number | null {
  const N = withIt.n;
  if (without.n !== N - 1) return null;
  let best: { value: number; residual: number } | null = null;
  for (let j = 0; j < N; j++) {
    const eqs = [...rows(withIt, N, (i) => i), ...rows(without, N, (i) => (i < j ? i : i + 1))];
    const s = solve(eqs, N);
    if (!s) continue;
    const ordered = s.x.every((v, i) => i === 0 || v >= s.x[i - 1]! - 1e-6);
    if (ordered && (!best || s.residual < best.residual)) best = { value: s.x[j]!, residual: s.residual };
  }
  return best?.value ?? null;
}

/** Every score of a group read off its own figures (the five-peer case); null when not determined. */
export function groupAttack(f: Figures): number[] | null {
  return (
    solve(
      rows(f, f.n, (i) => i),
      f.n,
    )?.x ?? null
  );
}
