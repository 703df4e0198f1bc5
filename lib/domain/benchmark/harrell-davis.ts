// Harrell–Davis quantile estimator (Harrell F. E., Davis C. E. (1982). A new distribution-free
// quantile estimator. Biometrika 69(3), 635–640. doi:10.1093/biomet/69.3.635):
//   Q(p) = Σᵢ Wᵢ · x₍ᵢ₎,  Wᵢ = I_{i/n}(a, b) − I_{(i−1)/n}(a, b),  a = p(n+1), b = (1−p)(n+1),
// with I the regularised incomplete beta function. Every weight is strictly positive for 0 < p < 1,
// so the estimate is a weighted mean of ALL order statistics, never one institution's score by
// construction (unlike type 7, which at n = 5 returns x₍₂₎, x₍₃₎, x₍₄₎ exactly).

function lnGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9), relative error < 1e-13 for x > 0.
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let s = c[0] as number;
  for (let i = 1; i < 9; i++) s += (c[i] as number) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/** Continued fraction for the incomplete beta (modified Lentz). */
function betaCf(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 5000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(lnFront) * betaCf(a, b, x)) / a;
  return 1 - (Math.exp(lnFront) * betaCf(b, a, 1 - x)) / b;
}

const weightCache = new Map<string, Float64Array>();

/** The n Harrell–Davis weights for quantile p (they depend on n and p only: cached). */
export function harrellDavisWeights(n: number, p: number): Float64Array {
  const key = `${n}:${p}`;
  const hit = weightCache.get(key);
  if (hit) return hit;
  const a = p * (n + 1);
  const b = (1 - p) * (n + 1);
  const w = new Float64Array(n);
  let prev = 0;
  for (let i = 1; i <= n; i++) {
    const cur = i === n ? 1 : incompleteBeta(i / n, a, b);
    w[i - 1] = cur - prev;
    prev = cur;
  }
  if (weightCache.size > 256) weightCache.clear();
  weightCache.set(key, w);
  return w;
}

/** Harrell–Davis estimate of quantile p from values sorted ascending; null for no values. */
export function harrellDavisSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const w = harrellDavisWeights(n, p);
  let s = 0;
  for (let i = 0; i < n; i++) s += (w[i] as number) * (sorted[i] as number);
  return s;
}
