// Consistency flags: a factor rated far above the factors that drive it is probably over-rated (or its
// drivers under-rated) — in the ISM model it cannot be much better than its foundations.
// Rule: level(f) − mean(level of its scored drivers) ≥ CONSISTENCY_MARGIN_LEVELS. The mean (rather than
// "above every driver") tolerates one strong driver and still catches a factor resting on weak ones.

import { MATURITY_LEVEL_NAMES, type MaturityLevel } from "../instrument/types";
import { driversOf, type Hierarchy } from "./hierarchy";
import type { ConsistencyFlag } from "./types";

export const CONSISTENCY_MARGIN_LEVELS = 1.5;

export interface ScoredFactor {
  key: string;
  name: string;
  score: number;
  level: MaturityLevel;
}

export function consistencyFlags(h: Hierarchy, scored: ReadonlyMap<string, ScoredFactor>): ConsistencyFlag[] {
  const flags: ConsistencyFlag[] = [];
  for (let f = 0; f < h.n; f++) {
    const self = scored.get(h.keys[f] ?? "");
    if (self === undefined) continue;
    const drivers = driversOf(h, f)
      .map((g) => scored.get(h.keys[g] ?? ""))
      .filter((d): d is ScoredFactor => d !== undefined)
      .sort((a, b) => a.level - b.level || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    if (drivers.length === 0) continue;
    const meanLevel = drivers.reduce((s, d) => s + d.level, 0) / drivers.length;
    if (self.level - meanLevel < CONSISTENCY_MARGIN_LEVELS - 1e-9) continue;
    const list = drivers.map((d) => `${d.name} (${d.level})`).join(", ");
    flags.push({
      factorKey: self.key,
      name: self.name,
      level: self.level,
      score: self.score,
      driversMeanLevel: meanLevel,
      drivers: drivers.map((d) => ({ key: d.key, name: d.name, level: d.level, score: d.score })),
      message:
        `${self.name} is rated ${MATURITY_LEVEL_NAMES[self.level]} (${self.level}) but the ${drivers.length} factor(s) that drive it ` +
        `average level ${meanLevel.toFixed(1)}: ${list}. Likely over-rated, or its drivers under-rated.`,
    });
  }
  return flags.sort((a, b) => (a.factorKey < b.factorKey ? -1 : 1));
}
