// The benchmark's metrics for one framework version, in a fixed order: the pool stores each published
// assessment's scores as one vector in this order. Frameworks are immutable once published, so the
// order of a version never changes (a new version gets its own order and its own peer groups).
import type { FrameworkDef, ModuleKey } from "../../domain/instrument/types";

import type { MetricKind } from "../../view/benchmark/types.ts";
import { displayName } from "../../view/role-names.ts";

export type { MetricKind };

export interface Metric {
  /** "overall", "module:cx", "category:ckm/causal", "factor:infrastructure". */
  key: string;
  kind: MetricKind;
  name: string;
  moduleKey: ModuleKey | null;
  /** For factors of a module with categories: the category key. */
  categoryKey: string | null;
}

const cache = new Map<string, Metric[]>();

export function benchmarkMetrics(framework: FrameworkDef): Metric[] {
  const hit = cache.get(framework.version);
  if (hit) return hit;
  const metrics: Metric[] = [{ key: "overall", kind: "overall", name: "Overall maturity index", moduleKey: null, categoryKey: null }];
  for (const m of framework.modules)
    metrics.push({ key: `module:${m.key}`, kind: "module", name: m.name, moduleKey: m.key, categoryKey: null });
  for (const m of framework.modules) {
    for (const c of m.categories ?? [])
      metrics.push({
        key: `category:${m.key}/${c.key}`,
        kind: "category",
        name: displayName(c.name).name,
        moduleKey: m.key,
        categoryKey: c.key,
      });
  }
  for (const m of framework.modules) {
    for (const f of m.factors)
      metrics.push({ key: `factor:${f.key}`, kind: "factor", name: f.name, moduleKey: m.key, categoryKey: f.category ?? null });
  }
  cache.set(framework.version, metrics);
  return metrics;
}

/** The scoring engine's result as a pool vector (null where there is no score). */
/** The means a pool entry stores: the scoring engine's ScoreSet or the results view model both fit. */
export interface ScoreMeans {
  overall: { mean: number | null };
  modules: readonly { key: string; mean: number | null }[];
  categories: readonly { key: string; moduleKey: string; mean: number | null }[];
  factors: readonly { key: string; mean: number | null }[];
}

export function scoreVector(framework: FrameworkDef, scores: ScoreMeans): (number | null)[] {
  const byKey = new Map<string, number | null>();
  byKey.set("overall", scores.overall.mean);
  for (const m of scores.modules) byKey.set(`module:${m.key}`, m.mean);
  for (const c of scores.categories) byKey.set(`category:${c.moduleKey}/${c.key}`, c.mean);
  for (const f of scores.factors) byKey.set(`factor:${f.key}`, f.mean);
  return benchmarkMetrics(framework).map((m) => {
    const v = byKey.get(m.key);
    return v === undefined || v === null || !Number.isFinite(v) ? null : v;
  });
}
