// Special functions and distribution functions needed by the tests and intervals: log-gamma, the
// regularized incomplete beta and gamma functions, and from them the Student t, F, chi-square and
// normal CDFs and quantiles. No dependency; accuracy ~1e-12 relative in the body of each distribution.
//
// Sources: Lanczos (1964) log-gamma with Godfrey's g = 7, n = 9 coefficients; the incomplete beta by
// its continued fraction (Abramowitz & Stegun 1964, 26.5.8) evaluated with the modified Lentz
// method (Lentz 1976; Thompson & Barnett 1986), as in Press et al., *Numerical Recipes* (3rd ed.)
// §6.4; the incomplete gamma by series / continued fraction (ibid. §6.2). Quantiles are found by
// safeguarded Newton iteration (bisection whenever Newton leaves the bracket), so they converge for
// any parameters, including the very skewed F(1, 2) or Beta(0.5, 0.5).

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos approximation, reflection below 0.5). */
export function lnGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`lnGamma needs x > 0, got ${x}`);
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln B(a, b). */
export function lnBeta(a: number, b: number): number {
  return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
}

const FPMIN = 1e-300;
const EPS = 1e-16;

/** Continued fraction for I_x(a, b), valid (fast) for x < (a + 1)/(a + b + 2). Modified Lentz. */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < FPMIN) d = FPMIN;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b) = B(x; a, b) / B(a, b), for a, b > 0 and x in [0, 1]. */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`incompleteBeta needs a, b > 0, got ${a}, ${b}`);
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = a * Math.log(x) + b * Math.log1p(-x) - lnBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(lnFront) * betaContinuedFraction(a, b, x)) / a;
  return 1 - (Math.exp(lnFront) * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Density of Beta(a, b) at x. */
function betaDensity(x: number, a: number, b: number): number {
  if (x <= 0 || x >= 1) return 0;
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lnBeta(a, b));
}

/**
 * Inverse of the regularized incomplete beta: the x with I_x(a, b) = p. Safeguarded Newton: the
 * bracket [lo, hi] always contains the root; a Newton step that leaves it, or does not shrink the
 * error, is replaced by bisection. Converges to ~1e-15 in x.
 */
export function incompleteBetaInverse(p: number, a: number, b: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability must be in [0, 1], got ${p}`);
  if (p === 0) return 0;
  if (p === 1) return 1;
  let lo = 0;
  let hi = 1;
  // Start at the mean, a reasonable point for any shape.
  let x = a / (a + b);
  for (let it = 0; it < 300; it++) {
    const f = incompleteBeta(x, a, b) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const dens = betaDensity(x, a, b);
    let next = dens > 0 && Number.isFinite(dens) ? x - f / dens : NaN;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - x) <= 1e-15 * Math.max(1e-300, Math.abs(x)) || hi - lo < 1e-300) return next;
    x = next;
  }
  return x;
}

/** Regularized lower incomplete gamma P(a, x), a > 0, x ≥ 0. */
export function incompleteGammaP(a: number, x: number): number {
  if (!(a > 0)) throw new RangeError(`incompleteGammaP needs a > 0, got ${a}`);
  if (x <= 0) return 0;
  if (!Number.isFinite(x)) return 1;
  const lnFront = a * Math.log(x) - x - lnGamma(a);
  if (x < a + 1) {
    // Series.
    let ap = a;
    let sum = 1 / a;
    let del = sum;
    for (let n = 0; n < 10_000; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * EPS) break;
    }
    return sum * Math.exp(lnFront);
  }
  return 1 - incompleteGammaQContinued(a, x, lnFront);
}

/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x), computed directly in the upper tail. */
export function incompleteGammaQ(a: number, x: number): number {
  if (!(a > 0)) throw new RangeError(`incompleteGammaQ needs a > 0, got ${a}`);
  if (x <= 0) return 1;
  if (!Number.isFinite(x)) return 0;
  if (x < a + 1) return 1 - incompleteGammaP(a, x);
  return incompleteGammaQContinued(a, x, a * Math.log(x) - x - lnGamma(a));
}

function incompleteGammaQContinued(a: number, x: number, lnFront: number): number {
  let b = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = b + an / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(lnFront) * h;
}

/** Standard normal CDF Φ(z), via P(½, z²/2) so both tails keep relative accuracy. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  const half = 0.5 * incompleteGammaQ(0.5, (z * z) / 2);
  return z >= 0 ? 1 - half : half;
}

/**
 * Standard normal quantile Φ⁻¹(p): Acklam's rational approximation (relative error 1.15e-9) refined by
 * one Halley step on normalCdf, which brings it to ~1e-15.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability must be in [0, 1], got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const A = (i: number) => a[i] as number;
  const B = (i: number) => b[i] as number;
  const C = (i: number) => c[i] as number;
  const D = (i: number) => d[i] as number;
  let x: number;
  const plow = 0.02425;
  if (p < plow) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((C(0) * q + C(1)) * q + C(2)) * q + C(3)) * q + C(4)) * q + C(5)) / ((((D(0) * q + D(1)) * q + D(2)) * q + D(3)) * q + 1);
  } else if (p <= 1 - plow) {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((A(0) * r + A(1)) * r + A(2)) * r + A(3)) * r + A(4)) * r + A(5)) * q) /
      (((((B(0) * r + B(1)) * r + B(2)) * r + B(3)) * r + B(4)) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log1p(-p));
    x = -(((((C(0) * q + C(1)) * q + C(2)) * q + C(3)) * q + C(4)) * q + C(5)) / ((((D(0) * q + D(1)) * q + D(2)) * q + D(3)) * q + 1);
  }
  // Halley refinement; compute the error in the smaller tail to keep precision.
  const upper = x > 0 ? 0.5 * incompleteGammaQ(0.5, (x * x) / 2) : 1 - normalCdf(x);
  const e = p < 0.5 ? normalCdf(x) - p : 1 - p - upper;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** Student t CDF P(T ≤ t) with df > 0 degrees of freedom (df may be fractional, as in Welch's test). */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`df must be > 0, got ${df}`);
  if (Number.isNaN(t)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  // P(|T| > |t|) = I_{df/(df+t²)}(df/2, 1/2).
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** Two-sided p-value P(|T| ≥ |t|), computed without the cancellation of 1 − CDF. */
export function studentTTwoSidedP(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`df must be > 0, got ${df}`);
  if (!Number.isFinite(t)) return Number.isNaN(t) ? NaN : 0;
  return incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** Student t quantile: the t with P(T ≤ t) = p. */
export function studentTQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability must be in [0, 1], got ${p}`);
  if (!(df > 0)) throw new RangeError(`df must be > 0, got ${df}`);
  if (p === 0.5) return 0;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const tailP = p < 0.5 ? 2 * p : 2 * (1 - p);
  const x = incompleteBetaInverse(tailP, df / 2, 0.5); // x = df/(df + t²)
  const t = Math.sqrt((df * (1 - x)) / x);
  return p < 0.5 ? -t : t;
}

/** F distribution CDF with (d1, d2) degrees of freedom. */
export function fCdf(f: number, d1: number, d2: number): number {
  if (!(d1 > 0 && d2 > 0)) throw new RangeError(`degrees of freedom must be > 0, got ${d1}, ${d2}`);
  if (f <= 0) return 0;
  if (f === Infinity) return 1;
  return incompleteBeta((d1 * f) / (d1 * f + d2), d1 / 2, d2 / 2);
}

/** F quantile (R's qf): the f with P(F ≤ f) = p, from the inverse incomplete beta. */
export function fQuantile(p: number, d1: number, d2: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability must be in [0, 1], got ${p}`);
  if (!(d1 > 0 && d2 > 0)) throw new RangeError(`degrees of freedom must be > 0, got ${d1}, ${d2}`);
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  // For p in the upper tail invert the complementary beta for precision: 1 − I_x(a, b) = I_{1−x}(b, a).
  if (p > 0.5) {
    const y = incompleteBetaInverse(1 - p, d2 / 2, d1 / 2); // y = 1 − x
    return (d2 * (1 - y)) / (d1 * y);
  }
  const x = incompleteBetaInverse(p, d1 / 2, d2 / 2);
  return (d2 * x) / (d1 * (1 - x));
}

/** Chi-square CDF with df degrees of freedom. */
export function chiSquareCdf(x: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`df must be > 0, got ${df}`);
  return incompleteGammaP(df / 2, x / 2);
}

/** Upper tail P(X ≥ x) of the chi-square distribution (a test's p-value). */
export function chiSquareSurvival(x: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`df must be > 0, got ${df}`);
  return incompleteGammaQ(df / 2, x / 2);
}
