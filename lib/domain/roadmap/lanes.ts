// Factors outside the ISM model (the six CX categories of seed 002, the optional CKM categories of
// seed 004) have no ISM placement. They are scheduled in a lane per framework module:
//  - a lane's leads (DEFAULT_LANE_LEADS: CX → "macro-digital-policies", which seed 002 names as the
//    initiating category that governs the other five) go first when below target;
//  - the lane's other factors follow one phase after the latest lead below target, or in phase 1
//    when every lead meets its target (or is unscored);
//  - within a phase, priority (gap × neutral weight 0.5 × benchmark factor) orders them, as everywhere.
// CKM has no default lead: seed 004 lists classes, not an order of influence between categories.

import type { FrameworkDef, ModuleKey } from "../instrument/types";

export const DEFAULT_LANE_LEADS: Readonly<Record<string, readonly string[]>> = { cx: ["macro-digital-policies"] };

/** The lane (module key) of each factor key in the framework. */
export function laneOf(framework: FrameworkDef): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of framework.modules) for (const f of m.factors) out.set(f.key, m.key);
  return out;
}

/**
 * Scores for the roadmap from per-factor means: the e-CRM factors always, the CX categories and the
 * CKM factors when chosen. Factors without a mean are passed as null (reported as unscored).
 */
export function roadmapFactorScores(
  framework: FrameworkDef,
  means: Readonly<Record<string, number | null | undefined>>,
  include: { cx?: boolean; ckm?: boolean } = {},
): Record<string, number | null> {
  const modules = new Set<ModuleKey>(["ecrm"]);
  if (include.cx === true) modules.add("cx");
  if (include.ckm === true) modules.add("ckm");
  const out: Record<string, number | null> = {};
  for (const m of framework.modules) {
    if (!modules.has(m.key)) continue;
    for (const f of m.factors) out[f.key] = means[f.key] ?? null;
  }
  return out;
}
