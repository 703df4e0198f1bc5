// Respondents nested in banks: how much of the variance in a score lies between banks, and how
// reliable is a bank's mean? Bliese (2000), "Within-group agreement, non-independence, and
// reliability: implications for data aggregation and analysis", in Klein & Kozlowski (eds.),
// Multilevel Theory, Research, and Methods in Organizations, 349–381, from a one-way ANOVA:
//   ICC(1) = (MSB − MSW) / (MSB + (k − 1)·MSW)   — share of variance due to the bank;
//   ICC(2) = (MSB − MSW) / MSB                    — reliability of the bank means.
// k is the MEAN group size, as in Bliese's multilevel::ICC1 (for unbalanced groups some authors use
// k₀ = (N − Σn²/N)/(G − 1); we follow the package that defines the convention). Groups with no
// values are ignored. Values can be negative (MSB < MSW); they are not truncated.

export interface IccResult {
  icc1: number;
  icc2: number;
  msb: number;
  msw: number;
  groups: number;
  n: number;
  /** Mean group size. */
  k: number;
}

/**
 * ICC(1) and ICC(2) of `values` grouped by `groups` (parallel arrays; NaN values are skipped). Null
 * with fewer than 2 groups, no within-group degrees of freedom, or MSB = 0.
 */
export function icc(values: readonly number[], groups: readonly string[]): IccResult | null {
  if (values.length !== groups.length) throw new RangeError("values and groups must have the same length");
  const sums = new Map<string, { s: number; c: number }>();
  let total = 0;
  let n = 0;
  values.forEach((v, i) => {
    if (v !== v) return;
    const g = groups[i] as string;
    const e = sums.get(g) ?? { s: 0, c: 0 };
    e.s += v;
    e.c += 1;
    sums.set(g, e);
    total += v;
    n++;
  });
  const G = sums.size;
  if (G < 2 || n - G < 1) return null;
  const grand = total / n;
  let ssb = 0;
  for (const { s, c } of sums.values()) ssb += c * (s / c - grand) ** 2;
  let ssw = 0;
  values.forEach((v, i) => {
    if (v !== v) return;
    const e = sums.get(groups[i] as string) as { s: number; c: number };
    ssw += (v - e.s / e.c) ** 2;
  });
  const msb = ssb / (G - 1);
  const msw = ssw / (n - G);
  if (!(msb > 0)) return null;
  const k = n / G;
  return { icc1: (msb - msw) / (msb + (k - 1) * msw), icc2: (msb - msw) / msb, msb, msw, groups: G, n, k };
}
