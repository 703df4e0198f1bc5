// Instrument health over the pooled, published answers of one framework version: does each factor's
// item set measure one thing (one-factor ML CFA per factor; a module model with correlated factors when
// it is small enough for the in-process fitter), which items misbehave (standardised loading < 0.4,
// Heywood cases), do managers and employees read the items alike (metric invariance), and is
// aggregation to the bank justified (ICC(1)/ICC(2) of factor scores, banks = assessments)? Answers are
// folded into moments as they arrive (PooledMoments), so the pool is never held in memory.
// Methods and sources: docs/SCORING.md §11–12; lib/domain/statistics/cfa.ts, cfa-invariance.ts.

import type { FrameworkDef, ModuleKey } from "../instrument/types";
import { fitCfa, type CfaResult } from "../statistics/cfa";
import { metricInvarianceFromCovariances } from "../statistics/cfa-invariance";
import { buildPlan, type ScoringPlan } from "./plan";
import { prepareResponses } from "./prepare";
import { ClusterMoments, PooledMoments } from "./pooled-moments";
import type { ResponseInput } from "./types";

export const LOW_LOADING = 0.4;
/** A module model is fitted only up to this many items: at 85 items one fit takes minutes (measured). */
export const MAX_MODULE_ITEMS = 40;
/** Complete responses needed before a factor model is fitted. */
export const MIN_CFA_RESPONSES = 30;
export const INVARIANCE_GROUPS = ["managers", "employees"] as const;

export interface FitIndices {
  converged: boolean;
  chisq: number;
  df: number;
  pValue: number | null;
  cfi: number | null;
  tli: number | null;
  rmsea: number | null;
  srmr: number;
}

export type ItemProblem = "low-loading" | "heywood";

export interface ItemHealth {
  itemKey: string;
  standardizedLoading: number;
  residualVariance: number;
  problems: ItemProblem[];
}

export interface InvarianceHealth {
  groups: readonly [string, string];
  n: readonly [number, number];
  chisqDiff: number;
  dfDiff: number;
  pValue: number;
  cfiDiff: number | null;
  invariant: boolean;
}

export interface FactorHealth {
  factorKey: string;
  factorName: string;
  moduleKey: string;
  /** Complete responses (every item of the factor answered) behind the model. */
  n: number;
  /** Null when not fitted; `withheld` says why. */
  fit: FitIndices | null;
  items: ItemHealth[];
  invariance: InvarianceHealth | null;
  icc: { icc1: number; icc2: number; banks: number; meanRespondents: number } | null;
  withheld: string | null;
}

export interface ModuleHealth {
  moduleKey: string;
  items: number;
  factors: number;
  n: number;
  fit: FitIndices | null;
  /** Largest absolute factor correlation in the module model (near 1: the factors are not distinct). */
  maxFactorCorrelation: number | null;
  withheld: string | null;
}

export interface InstrumentHealthReport {
  frameworkVersion: string;
  assessments: number;
  respondents: number;
  factors: FactorHealth[];
  modules: ModuleHealth[];
  /** Items with at least one problem, across factors. */
  flaggedItems: number;
}

interface FactorAcc {
  moduleKey: string;
  name: string;
  itemKeys: string[];
  all: PooledMoments;
  byGroup: Map<string, PooledMoments>;
  clusters: ClusterMoments;
}

interface ModuleAcc {
  itemKeys: string[];
  factorOf: number[];
  factors: number;
  all: PooledMoments | null;
}

const fitIndices = (r: CfaResult): FitIndices => ({
  converged: r.converged,
  chisq: r.chisq,
  df: r.df,
  pValue: r.pValue,
  cfi: r.cfi,
  tli: r.tli,
  rmsea: r.rmsea,
  srmr: r.srmr,
});

/** Folds assessments in one at a time; `report()` fits the models. */
export class InstrumentHealthAccumulator {
  private readonly factors = new Map<string, FactorAcc>();
  private readonly modules = new Map<string, ModuleAcc>();
  private readonly plans = new Map<string, ScoringPlan>();
  private assessments = 0;
  private respondents = 0;

  constructor(
    private readonly framework: FrameworkDef,
    private readonly maxModuleItems = MAX_MODULE_ITEMS,
  ) {
    for (const m of framework.modules) {
      const itemKeys: string[] = [];
      const factorOf: number[] = [];
      m.factors.forEach((f, fi) => {
        this.factors.set(f.key, {
          moduleKey: m.key,
          name: f.name,
          itemKeys: f.items.map((i) => i.key),
          all: new PooledMoments(f.items.length),
          byGroup: new Map(),
          clusters: new ClusterMoments(),
        });
        for (const i of f.items) {
          itemKeys.push(i.key);
          factorOf.push(fi);
        }
      });
      const all = itemKeys.length <= maxModuleItems ? new PooledMoments(itemKeys.length) : null;
      this.modules.set(m.key, { itemKeys, factorOf, factors: m.factors.length, all });
    }
  }

  /** One assessment's submitted responses (validated by the scoring engine's own preparation). */
  add(bankKey: string, moduleKeys: readonly ModuleKey[], responses: readonly ResponseInput[]): void {
    const planKey = [...moduleKeys].sort().join(",");
    let plan = this.plans.get(planKey);
    if (!plan) {
      plan = buildPlan(this.framework, moduleKeys);
      this.plans.set(planKey, plan);
    }
    const prep = prepareResponses(plan, responses);
    const nItems = plan.items.length;
    const nF = plan.factors.length;
    this.assessments++;
    this.respondents += prep.respondents.length;
    prep.respondents.forEach((r, ri) => {
      plan.factors.forEach((f, fi) => {
        const acc = this.factors.get(f.key) as FactorAcc;
        const offset = ri * nItems + f.itemStart;
        if (acc.all.addComplete(prep.scored, offset)) {
          let g = acc.byGroup.get(r.group);
          if (!g) acc.byGroup.set(r.group, (g = new PooledMoments(f.itemCount)));
          g.addComplete(prep.scored, offset);
        }
        acc.clusters.add(bankKey, prep.factorScores[ri * nF + fi] as number);
      });
      for (const m of plan.modules) {
        const acc = this.modules.get(m.key) as ModuleAcc;
        if (acc.all === null) continue;
        const idx = acc.itemKeys.map((k) => plan.itemIndex.get(k) as number);
        acc.all.addComplete(prep.scored, ri * nItems, idx);
      }
    });
  }

  report(): InstrumentHealthReport {
    const factors = [...this.factors].map(([key, acc]) => factorHealth(key, acc));
    const modules = [...this.modules].map(([key, acc]) => moduleHealth(key, acc, this.maxModuleItems));
    return {
      frameworkVersion: this.framework.version,
      assessments: this.assessments,
      respondents: this.respondents,
      factors,
      modules,
      flaggedItems: factors.reduce((s, f) => s + f.items.filter((i) => i.problems.length > 0).length, 0),
    };
  }
}

function tryFit(run: () => CfaResult): CfaResult | string {
  try {
    return run();
  } catch (e) {
    // fitCfa refuses a covariance matrix that is not positive definite (e.g. an item nobody varies on).
    return e instanceof RangeError
      ? "The answers' covariance matrix is singular (an item without variance or items that duplicate each other)."
      : String(e);
  }
}

function factorHealth(factorKey: string, acc: FactorAcc): FactorHealth {
  const p = acc.itemKeys.length;
  const iccRaw = acc.clusters.icc();
  const base = {
    factorKey,
    factorName: acc.name,
    moduleKey: acc.moduleKey,
    n: acc.all.n,
    icc: iccRaw && { icc1: iccRaw.icc1, icc2: iccRaw.icc2, banks: iccRaw.clusters, meanRespondents: iccRaw.k },
  };
  if (p < 3)
    return { ...base, fit: null, items: [], invariance: null, withheld: "Fewer than 3 items: a one-factor model is not identified." };
  if (acc.all.n < MIN_CFA_RESPONSES) {
    return {
      ...base,
      fit: null,
      items: [],
      invariance: null,
      withheld: `Only ${acc.all.n} complete responses; the model needs ${MIN_CFA_RESPONSES}.`,
    };
  }
  const factorOf = new Array<number>(p).fill(0);
  const fit = tryFit(() => fitCfa({ p, factorOf, groups: [{ cov: acc.all.covariance(), n: acc.all.n }] }));
  if (typeof fit === "string") return { ...base, fit: null, items: [], invariance: null, withheld: fit };
  const est = fit.groups[0];
  const items = acc.itemKeys.map((itemKey, i): ItemHealth => {
    const standardizedLoading = est?.standardizedLoadings[i]?.[0] ?? NaN;
    const residualVariance = est?.residualVariances[i] ?? NaN;
    const problems: ItemProblem[] = [];
    if (!(Math.abs(standardizedLoading) >= LOW_LOADING)) problems.push("low-loading");
    if (!(residualVariance > 0) || Math.abs(standardizedLoading) >= 1) problems.push("heywood");
    return { itemKey, standardizedLoading, residualVariance, problems };
  });
  return { ...base, fit: fitIndices(fit), items, invariance: invariance(acc, p, factorOf), withheld: null };
}

function invariance(acc: FactorAcc, p: number, factorOf: number[]): InvarianceHealth | null {
  const [ga, gb] = INVARIANCE_GROUPS;
  const a = acc.byGroup.get(ga);
  const b = acc.byGroup.get(gb);
  if (!a || !b || a.n < MIN_CFA_RESPONSES || b.n < MIN_CFA_RESPONSES) return null;
  try {
    const r = metricInvarianceFromCovariances({ cov: a.covariance(), n: a.n }, { cov: b.covariance(), n: b.n }, p, factorOf);
    return {
      groups: INVARIANCE_GROUPS,
      n: [a.n, b.n],
      chisqDiff: r.chisqDiff,
      dfDiff: r.dfDiff,
      pValue: r.pValue,
      cfiDiff: r.cfiDiff,
      invariant: r.invariant,
    };
  } catch {
    return null;
  }
}

function moduleHealth(moduleKey: string, acc: ModuleAcc, maxItems: number): ModuleHealth {
  const p = acc.itemKeys.length;
  const base = { moduleKey, items: p, factors: acc.factors, n: acc.all?.n ?? 0 };
  if (acc.all === null) {
    return {
      ...base,
      fit: null,
      maxFactorCorrelation: null,
      withheld: `${p} items (more than ${maxItems}): the module model is too slow to fit in-process; see the per-factor models.`,
    };
  }
  if (acc.factors < 2)
    return { ...base, fit: null, maxFactorCorrelation: null, withheld: "One factor: the factor model is the module model." };
  if (acc.all.n < Math.max(MIN_CFA_RESPONSES, p + 1)) {
    return {
      ...base,
      fit: null,
      maxFactorCorrelation: null,
      withheld: `Only ${acc.all.n} responses answer every item of the module; the model needs ${Math.max(MIN_CFA_RESPONSES, p + 1)}.`,
    };
  }
  const all = acc.all;
  const fit = tryFit(() => fitCfa({ p, factorOf: acc.factorOf, groups: [{ cov: all.covariance(), n: all.n }] }));
  if (typeof fit === "string") return { ...base, fit: null, maxFactorCorrelation: null, withheld: fit };
  const corr = fit.groups[0]?.factorCorrelation ?? [];
  let maxR = 0;
  corr.forEach((row, i) =>
    row.forEach((r, j) => {
      if (i !== j) maxR = Math.max(maxR, Math.abs(r));
    }),
  );
  return { ...base, fit: fitIndices(fit), maxFactorCorrelation: maxR, withheld: null };
}
