// Entry point: from factor scores, a target, an ISM model and the framework to a phased roadmap.

import { MATURITY_LEVEL_NAMES, type FactorDef, type MaturityLevel } from "../instrument/types";
import { levelForScore } from "../scoring/maturity";
import { consistencyFlags, type ScoredFactor } from "./consistency";
import { RoadmapInputError } from "./errors";
import { buildHierarchy, drivenCount, drives as drivesInModel, driversOf, sameCycle, type Hierarchy } from "./hierarchy";
import { DEFAULT_LANE_LEADS, laneOf } from "./lanes";
import { computePriority } from "./priority";
import { reasonFor, whyFor } from "./reason";
import { assignPhases } from "./schedule";
import type { FactorRef, Roadmap, RoadmapInput, RoadmapItem, RoadmapPhase, RoadmapTarget } from "./types";

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const isLevel = (x: unknown): x is MaturityLevel => x === 1 || x === 2 || x === 3 || x === 4 || x === 5;

function targetFor(target: RoadmapTarget, key: string): MaturityLevel | undefined {
  return target.kind === "overall" ? target.level : (target.levels[key] ?? target.defaultLevel);
}

function validateTarget(target: RoadmapTarget): void {
  const levels =
    target.kind === "overall"
      ? [target.level]
      : [...Object.values(target.levels), ...(target.defaultLevel === undefined ? [] : [target.defaultLevel])];
  for (const l of levels) if (!isLevel(l)) throw new RoadmapInputError("invalid-target", `Target level must be 1–5, got ${String(l)}.`);
}

export function buildRoadmap(input: RoadmapInput): Roadmap {
  const factorDefs = new Map<string, FactorDef>();
  for (const m of input.framework.modules) for (const f of m.factors) factorDefs.set(f.key, f);
  const h: Hierarchy = buildHierarchy(input.ism, input.hierarchy ?? "reachability");
  for (const k of h.keys) {
    if (!factorDefs.has(k))
      throw new RoadmapInputError("unknown-factor", `ISM factor "${k}" is not in framework ${input.framework.version}.`, { factor: k });
  }
  validateTarget(input.target);
  if (input.target.kind === "per-factor") {
    for (const k of Object.keys(input.target.levels))
      if (!factorDefs.has(k)) throw new RoadmapInputError("unknown-factor", `Target for unknown factor "${k}".`, { factor: k });
  }
  for (const [k, v] of Object.entries(input.benchmarkMedians ?? {})) {
    if (!factorDefs.has(k)) throw new RoadmapInputError("unknown-factor", `Benchmark for unknown factor "${k}".`, { factor: k });
    if (!(Number.isFinite(v) && v >= 1 && v <= 5))
      throw new RoadmapInputError("invalid-benchmark", `Benchmark median of "${k}" must be within 1–5.`, { factor: k, value: v });
  }

  const scored = new Map<string, ScoredFactor>();
  const unscored: string[] = [];
  for (const key of Object.keys(input.factorScores).sort(byKey)) {
    const def = factorDefs.get(key);
    if (def === undefined) throw new RoadmapInputError("unknown-factor", `Score for unknown factor "${key}".`, { factor: key });
    const score = input.factorScores[key];
    if (score === null || score === undefined) {
      unscored.push(key);
      continue;
    }
    if (!(Number.isFinite(score) && score >= 1 && score <= 5))
      throw new RoadmapInputError("invalid-score", `Score of "${key}" must be within 1–5.`, { factor: key, value: score });
    scored.set(key, { key, name: def.name, score, level: levelForScore(score) });
  }

  const toSchedule: ScoredFactor[] = [];
  const meetingTarget: Roadmap["meetingTarget"] = [];
  const untargeted: string[] = [];
  const targets = new Map<string, MaturityLevel>();
  for (const s of scored.values()) {
    const t = targetFor(input.target, s.key);
    if (t === undefined) {
      untargeted.push(s.key);
      continue;
    }
    targets.set(s.key, t);
    if (t > s.level) toSchedule.push(s);
    else meetingTarget.push({ factorKey: s.key, currentLevel: s.level, targetLevel: t });
  }

  const atTarget = new Set(meetingTarget.map((m) => m.factorKey));
  const scheduledIsm = toSchedule.map((s) => h.index.get(s.key)).filter((i): i is number => i !== undefined);
  const phaseOf = assignPhases(h, scheduledIsm);
  const phaseByKey = new Map<string, number>();
  for (const s of toSchedule) if (h.index.has(s.key)) phaseByKey.set(s.key, phaseOf.get(h.index.get(s.key) ?? -1) ?? 1);
  const refKey = (key: string): FactorRef => ({ key, name: factorDefs.get(key)?.name ?? key });
  const ref = (i: number): FactorRef => refKey(h.keys[i] ?? "");

  // Lanes for factors outside the model (lanes.ts): leads first, the rest of the lane after them.
  const lanes = laneOf(input.framework);
  const laneLeads = input.laneLeads ?? DEFAULT_LANE_LEADS;
  const inScope = new Set(Object.keys(input.factorScores));
  const outside = (k: string) => !h.index.has(k) && inScope.has(k);
  const leadsOf = (lane: string) => [...new Set(laneLeads[lane] ?? [])].filter((k) => lanes.get(k) === lane && outside(k)).sort(byKey);
  const isLead = (k: string) => leadsOf(lanes.get(k) ?? "").includes(k);
  /** Leads a factor outside the model follows (none for a lead itself). */
  const laneDrivers = (k: string) => (isLead(k) ? [] : leadsOf(lanes.get(k) ?? ""));
  /** What a lead governs: the other factors of its lane outside the model. */
  const laneDriven = (k: string) =>
    isLead(k) ? [...inScope].filter((j) => outside(j) && lanes.get(j) === lanes.get(k) && !isLead(j)).sort(byKey) : [];
  for (const s of toSchedule) if (!h.index.has(s.key) && isLead(s.key)) phaseByKey.set(s.key, 1);
  for (const s of toSchedule) {
    if (h.index.has(s.key) || isLead(s.key)) continue;
    const held = laneDrivers(s.key).filter((k) => phaseByKey.has(k));
    phaseByKey.set(s.key, held.length === 0 ? 1 : 1 + Math.max(...held.map((k) => phaseByKey.get(k) ?? 1)));
  }

  const items: RoadmapItem[] = toSchedule.map((s) => {
    const def = factorDefs.get(s.key) as FactorDef;
    const target = targets.get(s.key) as MaturityLevel;
    const gap = target - s.level;
    const ii = h.index.get(s.key);
    const phase = phaseByKey.get(s.key) ?? 1;
    const driverKeys = ii === undefined ? laneDrivers(s.key) : driversOf(h, ii).map((g) => h.keys[g] ?? "");
    const drivenKeys = ii === undefined ? laneDriven(s.key) : h.keys.filter((_, j) => drivesInModel(h, ii, j));
    const waitsFor = driverKeys
      .filter((k) => phaseByKey.has(k))
      .map((k) => ({ ...refKey(k), phase: phaseByKey.get(k) ?? 1 }))
      .sort((a, b) => a.phase - b.phase || byKey(a.key, b.key));
    // Lists are sorted by key so the output does not depend on the order of factors in the model.
    const driversAtTarget = driverKeys
      .filter((k) => atTarget.has(k))
      .map(refKey)
      .sort((a, b) => byKey(a.key, b.key));
    const cycleWith =
      ii === undefined
        ? []
        : h.keys
            .map((_, j) => j)
            .filter((j) => sameCycle(h, ii, j) && phaseByKey.has(h.keys[j] ?? ""))
            .map(ref)
            .sort((a, b) => byKey(a.key, b.key));
    const priority = computePriority(gap, h, ii, s.score, input.benchmarkMedians?.[s.key]);
    const ism =
      ii === undefined
        ? null
        : {
            level: h.levels[ii] ?? 0,
            levelCount: h.levelCount,
            drivingPower: h.drivingPower[ii] ?? 0,
            drives: drivenCount(h, ii),
            modelSize: h.n,
          };
    const actions = def.actions.filter((a) => a.from >= s.level && a.to <= target).sort((a, b) => a.from - b.from);
    const item: RoadmapItem = {
      rank: 0,
      phase,
      factorKey: s.key,
      name: def.name,
      currentScore: s.score,
      currentLevel: s.level,
      targetLevel: target,
      gap,
      priority,
      ism,
      waitsFor,
      driversAtTarget,
      cycleWith,
      rubric: { current: def.rubric[s.level], target: def.rubric[target] },
      actions,
      lane: ii === undefined ? (lanes.get(s.key) ?? "") : "ism",
      why: "",
      detail: {
        reason: "",
        drives: drivenKeys.map(refKey).sort((a, b) => byKey(a.key, b.key)),
        dependsOn: driverKeys.map(refKey).sort((a, b) => byKey(a.key, b.key)),
        actions,
      },
      reason: "",
    };
    item.reason = reasonFor(item, MATURITY_LEVEL_NAMES);
    item.detail.reason = item.reason;
    item.why = whyFor(item);
    return item;
  });

  items.sort((a, b) => a.phase - b.phase || b.priority.value - a.priority.value || byKey(a.factorKey, b.factorKey));
  items.forEach((it, i) => {
    it.rank = i + 1;
  });
  const phases: RoadmapPhase[] = [];
  for (const it of items) {
    const last = phases[phases.length - 1];
    if (last !== undefined && last.phase === it.phase) last.items.push(it);
    else phases.push({ phase: it.phase, items: [it] });
  }

  return {
    phases,
    items,
    meetingTarget: meetingTarget.sort((a, b) => byKey(a.factorKey, b.factorKey)),
    unscored,
    untargeted,
    consistencyFlags: consistencyFlags(h, scored),
  };
}
