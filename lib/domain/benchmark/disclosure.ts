// Statistical disclosure control of peer figures (pure; the design is in docs/BENCHMARK.md):
// 1. Figures: Harrell–Davis quartiles (never an order statistic), P10/P90 only for groups of at least
//    LARGE_GROUP, every score rounded to one decimal on 1–5, the IQR from the rounded quartiles.
// 2. The bank's own percentile rank: a whole number, in steps of 5 below RANK_FINE_GROUP peers.
// 3. Overlap control on the finite filter lattice (ownership × size band × region, per round): a
//    combination is answerable only if its institutions differ from those of every other answerable
//    combination by none or by at least k + 1 on each side (k + 1: the caller, excluded from its own
//    peer group, may be one of the difference; the others are still at least k unknown institutions).
//    Decided greedily in a fixed order from the pool alone, so it is the same for every caller,
//    instance and query order. The same control again per metric, among the institutions that have
//    that metric (an optional module's holders).
import { harrellDavisSorted } from "./harrell-davis.ts";

/** P10 and P90 (the extremes' neighbourhood) only from this many institutions up. */
export const LARGE_GROUP = 10;
/** Below this many peers the own percentile rank is given in steps of 5. */
export const RANK_FINE_GROUP = 20;

export interface PublishedDistribution {
  n: number;
  /** 10th percentile; null for groups under LARGE_GROUP. */
  p10: number | null;
  q1: number;
  median: number;
  q3: number;
  /** 90th percentile; null for groups under LARGE_GROUP. */
  p90: number | null;
  /** Q3 − Q1 of the published (rounded) quartiles. */
  iqr: number;
}

/** One decimal on the 1–5 scale. */
export const roundScore = (x: number): number => Math.round(x * 10) / 10;

/** The unrounded statistics behind a published distribution (for tests and the docs' examples). */
export function protectedQuantiles(sorted: ArrayLike<number>): { p10: number; q1: number; median: number; q3: number; p90: number } | null {
  if (sorted.length === 0) return null;
  const q = (p: number) => harrellDavisSorted(sorted, p) as number;
  return { p10: q(0.1), q1: q(0.25), median: q(0.5), q3: q(0.75), p90: q(0.9) };
}

/** The figures that may leave the server for values sorted ascending; null for no values. */
export function publishDistribution(sorted: ArrayLike<number>): PublishedDistribution | null {
  const raw = protectedQuantiles(sorted);
  if (!raw) return null;
  const n = sorted.length;
  const large = n >= LARGE_GROUP;
  const q1 = roundScore(raw.q1);
  const q3 = roundScore(raw.q3);
  return {
    n,
    p10: large ? roundScore(raw.p10) : null,
    q1,
    median: roundScore(raw.median),
    q3,
    p90: large ? roundScore(raw.p90) : null,
    iqr: roundScore(q3 - q1),
  };
}

/** The own percentile rank (0–100) as published for a group of n peers. */
export function publishRank(rank: number | null, n: number): number | null {
  if (rank === null || !Number.isFinite(rank)) return null;
  const step = n < RANK_FINE_GROUP ? 5 : 1;
  return Math.min(100, Math.max(0, Math.round(rank / step) * step));
}

// ---- Overlap control on the filter lattice ----

export type Ownership = "PRIVATE" | "STATE";
export type SizeBand = "SMALL" | "MEDIUM" | "LARGE";
const OWNERSHIPS: readonly Ownership[] = ["PRIVATE", "STATE"];
const SIZE_BANDS: readonly SizeBand[] = ["SMALL", "MEDIUM", "LARGE"];

export interface PoolMember {
  id: string;
  ownership: Ownership | null;
  sizeBand: SizeBand | null;
  region: string | null;
}
export interface FilterCombination {
  ownership?: Ownership;
  sizeBand?: SizeBand;
  region?: string;
}

/** A canonical key: "ownership|sizeBand|region", "*" for no filter. */
export function combinationKey(f: FilterCombination): string {
  return `${f.ownership ?? "*"}|${f.sizeBand ?? "*"}|${f.region ?? "*"}`;
}

export function matches(m: PoolMember, f: FilterCombination): boolean {
  return (
    (!f.ownership || m.ownership === f.ownership) &&
    (!f.sizeBand || m.sizeBand === f.sizeBand) &&
    (f.region === undefined || m.region === f.region)
  );
}

/** Every combination of the lattice, coarsest first, then in a fixed order (the greedy's priority). */
export function latticeCombinations(members: readonly PoolMember[]): FilterCombination[] {
  const regions = [...new Set(members.flatMap((m) => (m.region === null ? [] : [m.region])))].sort();
  const all: FilterCombination[] = [];
  for (const ownership of [undefined, ...OWNERSHIPS]) {
    for (const sizeBand of [undefined, ...SIZE_BANDS]) {
      for (const region of [undefined, ...regions]) all.push({ ownership, sizeBand, region });
    }
  }
  const depth = (f: FilterCombination) => Number(!!f.ownership) + Number(!!f.sizeBand) + Number(f.region !== undefined);
  return all
    .map((f, i) => ({ f, i }))
    .sort((x, y) => depth(x.f) - depth(y.f) || x.i - y.i)
    .map((x) => x.f);
}

/** Institutions in `a` but not in `b` (both sorted ascending). */
function oneSided(a: Int32Array, b: Int32Array): number {
  let i = 0,
    j = 0,
    out = 0;
  while (i < a.length) {
    if (j >= b.length || (a[i] as number) < (b[j] as number)) {
      out++;
      i++;
    } else if (a[i] === b[j]) {
      i++;
      j++;
    } else j++;
  }
  return out;
}

/**
 * The answerable combinations of a round's pool (keys of combinationKey): at least k institutions
 * (plus one, for the caller who is left out of its own group), and against every answerable
 * combination accepted before it a one-sided difference of 0 or at least k + 1 both ways.
 */
export function answerableCombinations(members: readonly PoolMember[], k: number): Set<string> {
  const margin = k + 1;
  const accepted: Int32Array[] = [];
  const keys = new Set<string>();
  for (const f of latticeCombinations(members)) {
    const ids: number[] = [];
    members.forEach((m, i) => {
      if (matches(m, f)) ids.push(i);
    });
    if (ids.length < margin) continue;
    const set = Int32Array.from(ids);
    const clash = accepted.some((other) => {
      const ab = oneSided(set, other);
      const ba = oneSided(other, set);
      return (ab > 0 && ab < margin) || (ba > 0 && ba < margin);
    });
    if (clash) continue;
    accepted.push(set);
    keys.add(combinationKey(f));
  }
  return keys;
}

/** A pool member with its score vector's shape: the metrics it has no score for (0-based) and the vector's length. */
export interface PoolMemberScores extends PoolMember {
  missing: readonly number[];
  length: number;
}

/**
 * Per metric, whether `combination` may be answered for that metric: the overlap control run on the
 * institutions that have a score for it. An optional module's holders form a lattice of their own:
 * two groups far apart overall could otherwise differ by a single holder of that module. Metrics with
 * the same holders share one decision.
 */
export function answerableMetrics(
  members: readonly PoolMemberScores[],
  metricCount: number,
  combination: string,
  k: number,
  /**
   * The answerable combinations of each set of holders, keyed by the vector shapes that lack the metric ("" for
   * the whole pool): filled as needed, and kept by a caller that asks again about the same pool.
   */
  lattices: Map<string, ReadonlySet<string>> = new Map(),
): boolean[] {
  // Members grouped by the shape of their vector (most pools have two or three shapes), so that a metric's
  // holders are named by the shapes that lack it rather than by thousands of member indices.
  const shapes = new Map<string, { missing: Set<number>; length: number; members: number[] }>();
  members.forEach((m, i) => {
    const key = `${m.length}|${m.missing.join(",")}`;
    let shape = shapes.get(key);
    if (!shape) shapes.set(key, (shape = { missing: new Set(m.missing), length: m.length, members: [] }));
    shape.members.push(i);
  });
  const shapeList = [...shapes.values()];
  return Array.from({ length: metricCount }, (_, metric) => {
    const lackingShapes = shapeList.flatMap((sh, j) => (metric >= sh.length || sh.missing.has(metric) ? [j] : []));
    const key = lackingShapes.join(",");
    let lattice = lattices.get(key);
    if (!lattice) {
      const holders = shapeList.flatMap((sh, j) => (lackingShapes.includes(j) ? [] : sh.members)).sort((a, b) => a - b);
      lattice = answerableCombinations(
        holders.map((i) => members[i]!),
        k,
      );
      lattices.set(key, lattice);
    }
    return lattice.has(combination);
  });
}

export const OVERLAP_REASON = (k: number) =>
  `These filters select a peer group that differs from another published peer group by too few institutions (fewer than ${k + 1}), so comparing the two could reveal one institution's scores. Widen or change the filters.`;
