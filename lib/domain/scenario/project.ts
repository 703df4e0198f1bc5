// What-if projection (pure; docs/ROADMAP.md "What-if scenarios"): the assessment's current factor scores
// with chosen factors raised to target levels, aggregated by the scoring engine's own functions
// (buildPlan + aggregate), so a scenario without targets reproduces the current results exactly.
//
// What it assumes and does not claim: a target lifts only its own factor, to the lower bound of the target
// level (never lower than the current score). No other factor moves: the sources give no effect sizes
// between factors, so the ISM model only constrains (a target above its drivers' projected levels is
// flagged) and never adds a lift of its own.
import type { FrameworkDef, MaturityLevel, ModuleKey } from "../instrument/types";
import { aggregate, createAggregateBuffers } from "../scoring/aggregate";
import { MATURITY_THRESHOLDS, levelForScore } from "../scoring/maturity";
import { buildPlan } from "../scoring/plan";
import { buildHierarchy, driversOf, type HierarchyMode } from "../roadmap/hierarchy";
import type { IsmModelInput } from "../roadmap/types";

/** Factor key → target maturity level. */
export type ScenarioTargets = Readonly<Record<string, MaturityLevel>>;

export interface ScenarioInput {
  framework: FrameworkDef;
  modules: readonly ModuleKey[];
  /** Current factor means on 1–5 (null: not scored). */
  current: Readonly<Record<string, number | null>>;
  targets: ScenarioTargets;
  /** The ISM model in force (its factors' drivers are checked); null: no constraint. */
  ism: IsmModelInput | null;
  /** How the roadmap reads the model ("levels" for a published model whose levels do not follow from its matrix). */
  hierarchy?: HierarchyMode;
  /** The level of a score as shown (default levelForScore); the results page rounds to two decimals first. */
  levelOf?: (score: number) => MaturityLevel;
}

export interface ProjectedValue {
  current: number | null;
  projected: number | null;
}

export interface ProjectedFactor extends ProjectedValue {
  key: string;
  name: string;
  moduleKey: ModuleKey;
  categoryKey: string | null;
  /** The target applied (null: none, or it could not apply). */
  target: MaturityLevel | null;
}

export interface DriverShortfall {
  key: string;
  name: string;
  /** The driver's projected level; null when it has no score. */
  level: MaturityLevel | null;
  /** True when the driver has a target of its own (set lower than this factor's). */
  targeted: boolean;
}

/** A target set above the projected level of one or more of the factor's ISM drivers. */
export interface DriverFlag {
  factorKey: string;
  factorName: string;
  target: MaturityLevel;
  drivers: DriverShortfall[];
  /** "Motivation depends on Training, which stays at level 2." */
  message: string;
}

export interface ScenarioProjection {
  factors: ProjectedFactor[];
  categories: (ProjectedValue & { key: string; moduleKey: ModuleKey })[];
  modules: (ProjectedValue & { key: ModuleKey; name: string })[];
  overall: ProjectedValue;
  flags: DriverFlag[];
  /** Targets that could not apply, with the reason (unknown factor, no score yet). */
  ignored: { factorKey: string; reason: string }[];
}

/** The lowest 1–5 score of a level (levelForScore(levelFloor(l)) === l): 1, 1.8, 2.6, 3.4, 4.2. */
export function levelFloor(level: MaturityLevel): number {
  return level === 1 ? 1 : (MATURITY_THRESHOLDS[level - 2] as number);
}

const nanToNull = (x: number | undefined): number | null => (x === undefined || Number.isNaN(x) ? null : x);

function joinNames(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

function shortfallText(d: DriverShortfall): string {
  if (d.level === null) return "has no score yet";
  return d.targeted ? `is targeted at level ${d.level} only` : `stays at level ${d.level}`;
}

/** Drivers named in a flag; the rest are counted (a top factor can have a dozen drivers below target). */
export const NAMED_DRIVERS = 3;

/** `drivers` come furthest behind first, so the ones named are the ones that hold the target back most. */
export function driverFlagMessage(factorName: string, drivers: readonly DriverShortfall[], target?: MaturityLevel): string {
  if (drivers.length === 1) {
    const d = drivers[0] as DriverShortfall;
    return `${factorName} depends on ${d.name}, which ${shortfallText(d)}.`;
  }
  const named = drivers.slice(0, NAMED_DRIVERS).map((d) => `${d.name} (${shortfallText(d).replace(/^is /, "")})`);
  const more = drivers.length - NAMED_DRIVERS;
  if (more <= 0) return `${factorName} depends on ${joinNames(named)}.`;
  const below = target === undefined ? "" : ` below level ${target}`;
  return `${factorName} depends on ${named.join(", ")} and ${more} other ${more === 1 ? "driver" : "drivers"}${below}.`;
}

export function projectScenario(input: ScenarioInput): ScenarioProjection {
  const levelOf = input.levelOf ?? levelForScore;
  const plan = buildPlan(input.framework, input.modules);
  const ignored: ScenarioProjection["ignored"] = [];
  const known = new Set(plan.factors.map((f) => f.key));
  for (const key of Object.keys(input.targets))
    if (!known.has(key)) ignored.push({ factorKey: key, reason: "not a factor of this assessment" });

  const currentMeans = new Float64Array(plan.factors.length);
  const projectedMeans = new Float64Array(plan.factors.length);
  const factors: ProjectedFactor[] = plan.factors.map((f, i) => {
    const current = input.current[f.key] ?? null;
    const wanted = input.targets[f.key];
    let projected = current;
    let target: MaturityLevel | null = null;
    if (wanted !== undefined) {
      // A factor nobody answered has no score to lift: inventing one would be a claim the data does not make.
      if (current === null) ignored.push({ factorKey: f.key, reason: "has no score yet" });
      else {
        target = wanted;
        projected = Math.max(current, levelFloor(wanted));
      }
    }
    currentMeans[i] = current ?? NaN;
    projectedMeans[i] = projected ?? NaN;
    return { key: f.key, name: f.name, moduleKey: f.moduleKey, categoryKey: f.categoryKey, current, projected, target };
  });

  const currentBuf = createAggregateBuffers(plan);
  const projectedBuf = createAggregateBuffers(plan);
  const currentOverall = aggregate(plan, currentMeans, currentBuf);
  const projectedOverall = aggregate(plan, projectedMeans, projectedBuf);

  return {
    factors,
    categories: plan.categories.map((c, i) => ({
      key: c.key,
      moduleKey: c.moduleKey,
      current: nanToNull(currentBuf.categories[i]),
      projected: nanToNull(projectedBuf.categories[i]),
    })),
    modules: plan.modules.map((m, i) => ({
      key: m.key,
      name: m.name,
      current: nanToNull(currentBuf.modules[i]),
      projected: nanToNull(projectedBuf.modules[i]),
    })),
    overall: { current: nanToNull(currentOverall), projected: nanToNull(projectedOverall) },
    flags: input.ism ? driverFlags(factors, input.ism, input.hierarchy ?? "reachability", levelOf) : [],
    ignored,
  };
}

/** For each applied target: the drivers (factors that drive it in the model) whose projected level is below it. */
function driverFlags(
  factors: readonly ProjectedFactor[],
  ism: IsmModelInput,
  mode: HierarchyMode,
  levelOf: (score: number) => MaturityLevel,
): DriverFlag[] {
  const h = buildHierarchy(ism, mode);
  const byKey = new Map(factors.map((f) => [f.key, f]));
  const flags: DriverFlag[] = [];
  for (const f of factors) {
    const index = h.index.get(f.key);
    if (f.target === null || index === undefined) continue;
    const drivers: DriverShortfall[] = [];
    for (const g of driversOf(h, index)) {
      const driver = byKey.get(h.keys[g] as string);
      if (!driver) continue;
      const level = driver.projected === null ? null : levelOf(driver.projected);
      if (level === null || level < f.target) drivers.push({ key: driver.key, name: driver.name, level, targeted: driver.target !== null });
    }
    // The furthest behind first (no score, then the lowest level); the model's order among equals.
    drivers.sort((a, b) => (a.level ?? 0) - (b.level ?? 0));
    if (drivers.length > 0)
      flags.push({
        factorKey: f.key,
        factorName: f.name,
        target: f.target,
        drivers,
        message: driverFlagMessage(f.name, drivers, f.target),
      });
  }
  return flags;
}
