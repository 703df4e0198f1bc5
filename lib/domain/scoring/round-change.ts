// Change between two rounds of one organisation's assessment: per factor, category, module and overall,
// with a bootstrap interval on each change (../statistics/stratified-difference.ts) so a reader can tell
// real change from noise.
//
// Scope: only what both rounds measured. The comparison plan is the later round's framework restricted
// to the factors whose key the earlier round also scored (same framework version and modules: every
// factor), and every composite is re-aggregated over that shared scope, so a module's change never
// mixes factors one round did not ask about. Each round's factor scores come from its own framework
// (its own statements), as its results page reports them.
//
// Estimates: a factor's score is the mean of respondents' factor scores and a composite is the
// aggregation of factor scores (score-set.ts), so on an unrestricted scope `after − before` here equals
// the difference of the two results pages' figures. The interval resamples respondents' own composites
// and is placed around that difference (DifferenceOptions.centres).

import type { FrameworkDef, ModuleDef, ModuleKey } from "../instrument/types";
import { stratifiedDifferenceIntervals, type DifferenceInterval, type DifferenceOptions } from "../statistics/stratified-difference";
import { aggregate, createAggregateBuffers } from "./aggregate";
import { buildPlan, type ScoringPlan } from "./plan";
import { prepareResponses } from "./prepare";
import type { ResponseInput } from "./types";

export interface RoundData {
  framework: FrameworkDef;
  modules: readonly ModuleKey[];
  responses: readonly ResponseInput[];
}

export type ChangeKind = "overall" | "module" | "category" | "factor";

export interface MeasureChange {
  kind: ChangeKind;
  /** "overall" for the index; the module, category or factor key otherwise. */
  key: string;
  moduleKey: ModuleKey | null;
  before: number | null;
  after: number | null;
  /** after − before; null when either round has no score. */
  delta: number | null;
  interval: DifferenceInterval;
}

export interface RoundChange {
  /** True when both rounds measured exactly the same factors (then composites are the pages' own). */
  sameScope: boolean;
  frameworkVersions: { before: string; after: string };
  sharedFactorKeys: string[];
  /** Factors only one round measured, left out of every figure here. */
  onlyBefore: { key: string; name: string }[];
  onlyAfter: { key: string; name: string }[];
  overall: MeasureChange;
  modules: MeasureChange[];
  categories: MeasureChange[];
  factors: MeasureChange[];
}

/** The later framework restricted to its included modules' factors that the earlier round also scored. */
function sharedFramework(after: FrameworkDef, included: ReadonlySet<string>, shared: ReadonlySet<string>): FrameworkDef {
  const modules: ModuleDef[] = after.modules
    .filter((m) => included.has(m.key))
    .map((m) => ({ ...m, factors: m.factors.filter((f) => shared.has(f.key)) }))
    .filter((m) => m.factors.length > 0);
  return { ...after, modules };
}

/** Respondents × shared factor scores and composites of one round, column-major for the bootstrap. */
function roundColumns(round: RoundData, cmp: ScoringPlan) {
  const own = prepareResponses(buildPlan(round.framework, round.modules), round.responses);
  const n = own.respondents.length;
  const nOwn = own.plan.factors.length;
  const ownIndex = new Map(own.plan.factors.map((f, i) => [f.key, i]));
  const nF = cmp.factors.length;
  const factors = cmp.factors.map((f) => {
    const oi = ownIndex.get(f.key) as number;
    const col = new Float64Array(n);
    for (let r = 0; r < n; r++) col[r] = own.factorScores[r * nOwn + oi] as number;
    return col;
  });
  const categories = cmp.categories.map(() => new Float64Array(n));
  const modules = cmp.modules.map(() => new Float64Array(n));
  const overall = new Float64Array(n);
  const buf = createAggregateBuffers(cmp);
  const row = new Float64Array(nF);
  for (let r = 0; r < n; r++) {
    for (let f = 0; f < nF; f++) row[f] = (factors[f] as Float64Array)[r] as number;
    overall[r] = aggregate(cmp, row, buf);
    buf.categories.forEach((v, c) => ((categories[c] as Float64Array)[r] = v));
    buf.modules.forEach((v, m) => ((modules[m] as Float64Array)[r] = v));
  }
  // Reported figures: factor means, then the one aggregation (score-set.ts).
  const means = new Float64Array(
    factors.map((col) => {
      let s = 0;
      let k = 0;
      for (const v of col) {
        if (v !== v) continue;
        s += v;
        k++;
      }
      return k > 0 ? s / k : NaN;
    }),
  );
  const reported = createAggregateBuffers(cmp);
  const reportedOverall = aggregate(cmp, means, reported);
  return {
    groups: own.respondents.map((r) => r.group),
    columns: [overall, ...modules, ...categories, ...factors],
    estimates: [reportedOverall, ...reported.modules, ...reported.categories, ...means],
  };
}

const orNull = (v: number | undefined) => (v === undefined || v !== v ? null : v);

/** Null when the rounds share no factor (nothing can be compared). */
export function roundChange(before: RoundData, after: RoundData, options: DifferenceOptions = {}): RoundChange | null {
  const beforePlan = buildPlan(before.framework, before.modules);
  const afterPlan = buildPlan(after.framework, after.modules);
  const beforeKeys = new Set(beforePlan.factors.map((f) => f.key));
  const afterKeys = new Set(afterPlan.factors.map((f) => f.key));
  const shared = new Set([...afterKeys].filter((k) => beforeKeys.has(k)));
  const onlyBefore = beforePlan.factors.filter((f) => !shared.has(f.key)).map((f) => ({ key: f.key, name: f.name }));
  const onlyAfter = afterPlan.factors.filter((f) => !shared.has(f.key)).map((f) => ({ key: f.key, name: f.name }));
  const sameScope = onlyBefore.length === 0 && onlyAfter.length === 0;
  const frameworkVersions = { before: before.framework.version, after: after.framework.version };

  const kept = sharedFramework(after.framework, new Set(after.modules), shared);
  const cmpModules = kept.modules.map((m) => m.key);
  if (cmpModules.length === 0) return null;
  const cmp = buildPlan(kept, cmpModules);

  const a = roundColumns(before, cmp);
  const b = roundColumns(after, cmp);
  const centres = b.estimates.map((v, i) => {
    const d = v - (a.estimates[i] as number);
    return d === d ? d : null;
  });
  const intervals = stratifiedDifferenceIntervals(
    { columns: a.columns, groups: a.groups },
    { columns: b.columns, groups: b.groups },
    { ...options, centres },
  );
  const measure = (i: number, kind: ChangeKind, key: string, moduleKey: ModuleKey | null): MeasureChange => ({
    kind,
    key,
    moduleKey,
    before: orNull(a.estimates[i]),
    after: orNull(b.estimates[i]),
    delta: centres[i] ?? null,
    interval: intervals[i] as DifferenceInterval,
  });
  const nM = cmp.modules.length;
  const nC = cmp.categories.length;
  return {
    sameScope,
    frameworkVersions,
    sharedFactorKeys: cmp.factors.map((f) => f.key),
    onlyBefore,
    onlyAfter,
    overall: measure(0, "overall", "overall", null),
    modules: cmp.modules.map((m, i) => measure(1 + i, "module", m.key, m.key)),
    categories: cmp.categories.map((c, i) => measure(1 + nM + i, "category", c.key, c.moduleKey)),
    factors: cmp.factors.map((f, i) => measure(1 + nM + nC + i, "factor", f.key, f.moduleKey)),
  };
}
