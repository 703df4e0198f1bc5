// Input and output shapes of the roadmap engine.

import type { FrameworkDef, LevelStepActions, MaturityLevel } from "../instrument/types";

/**
 * An ISM model, structurally (produced by lib/domain/ism or loaded from reference data). Arrays are
 * indexed like `factors`. Level 1 = top (most dependent); level `levelCount` = deepest (strongest drivers).
 */
export interface IsmModelInput {
  factors: string[];
  levels: number[];
  levelCount: number;
  /** Row sums of the final reachability matrix (conventionally including the factor itself). */
  drivingPower: number[];
  /** 0/1; row i reaches column j. Expected transitive; the roadmap closes it again to be safe. */
  finalReachability: number[][];
}

export type RoadmapTarget =
  | { kind: "overall"; level: MaturityLevel }
  /** Per-factor targets; factors not listed use `defaultLevel`, or are left out when it is absent. */
  | { kind: "per-factor"; levels: Readonly<Record<string, MaturityLevel>>; defaultLevel?: MaturityLevel };

export interface RoadmapInput {
  /** Factor key → 1–5 score, or null when not scored (nobody answered). */
  factorScores: Readonly<Record<string, number | null>>;
  target: RoadmapTarget;
  ism: IsmModelInput;
  framework: FrameworkDef;
  /** Optional peer medians per factor on the 1–5 scale. */
  benchmarkMedians?: Readonly<Record<string, number>>;
  /**
   * What "g drives f" means (docs/ROADMAP.md §3): "reachability" (default) — g reaches f and they are
   * not in one cycle; "levels" — g reaches f and sits at a deeper level. Use "levels" for a model whose
   * published levels do not follow from its matrix (the seed 001 reference model).
   */
  hierarchy?: "reachability" | "levels";
  /**
   * Lanes for factors outside the ISM model (docs/ROADMAP.md §3a): module key → the factors that lead
   * that module's lane. A lead below target is scheduled before the other factors of its lane that are
   * outside the model. Default DEFAULT_LANE_LEADS (CX: macro digital policies, seed 002's initiating
   * category). Pass {} to schedule every factor outside the model by its priority alone.
   */
  laneLeads?: Readonly<Record<string, readonly string[]>>;
}

export interface PriorityBreakdown {
  /** Target level − current level, ≥ 0. */
  gap: number;
  /** ISM level / levelCount (1 = deepest level); null when the factor is not in the ISM model. */
  depthWeight: number | null;
  /** Driving power / number of factors in the model; null when not in the model. */
  drivingWeight: number | null;
  /** Mean of depth and driving weights; NEUTRAL_FOUNDATION_WEIGHT outside the model. */
  foundationWeight: number;
  benchmarkMedian: number | null;
  /** max(0, median − score); 0 without a benchmark. */
  belowMedian: number;
  /** 1 + belowMedian / 4 (4 = width of the 1–5 scale). */
  benchmarkFactor: number;
  /** gap × foundationWeight × benchmarkFactor. */
  value: number;
}

export interface FactorRef {
  key: string;
  name: string;
}

export interface RoadmapItem {
  rank: number;
  phase: number;
  factorKey: string;
  name: string;
  currentScore: number;
  currentLevel: MaturityLevel;
  targetLevel: MaturityLevel;
  gap: number;
  priority: PriorityBreakdown;
  ism: { level: number; levelCount: number; drivingPower: number; drives: number; modelSize: number } | null;
  /** Drivers below target scheduled in earlier phases (why it is not earlier). */
  waitsFor: (FactorRef & { phase: number })[];
  /** Drivers that already meet their target and so do not hold this factor back. */
  driversAtTarget: FactorRef[];
  /** Other members of its ISM cycle (strongly connected component) scheduled in the same phase. */
  cycleWith: FactorRef[];
  /** Rubric sentences for the current and the target level. */
  rubric: { current: string; target: string };
  /** Level-step actions from the current to the target level, in order. */
  actions: LevelStepActions[];
  /** "ism" for a factor of the ISM model; otherwise the key of its framework module (e.g. "cx", "ckm"). */
  lane: string;
  /** One short sentence on why it sits where it does, e.g. "Foundation: drives 9 factors, depends on none." */
  why: string;
  /** What a reader sees when the item is expanded. */
  detail: RoadmapItemDetail;
  /** The reason for its place, in words (the long form; same as detail.reason). */
  reason: string;
}

export interface RoadmapItemDetail {
  /** The long reason: levels, gap, what it drives, its level, benchmark, phase. */
  reason: string;
  /** Every factor it drives (in the model, or in its lane when it leads one), by key. */
  drives: FactorRef[];
  /** Every factor it depends on (its drivers, or its lane's leads), by key. */
  dependsOn: FactorRef[];
  /** Level-step actions from current to target (same as item.actions). */
  actions: LevelStepActions[];
}

export interface RoadmapPhase {
  phase: number;
  items: RoadmapItem[];
}

export interface ConsistencyFlag {
  factorKey: string;
  name: string;
  level: MaturityLevel;
  score: number;
  driversMeanLevel: number;
  /** All scored drivers, lowest level first. */
  drivers: (FactorRef & { level: MaturityLevel; score: number })[];
  message: string;
}

export interface Roadmap {
  phases: RoadmapPhase[];
  /** All items: phase ascending, then priority descending, then key. */
  items: RoadmapItem[];
  meetingTarget: { factorKey: string; currentLevel: MaturityLevel; targetLevel: MaturityLevel }[];
  /** Factors with a null score: no roadmap item, and they hold nothing back. */
  unscored: string[];
  /** Factors with a score but no target (per-factor target without a default). */
  untargeted: string[];
  consistencyFlags: ConsistencyFlag[];
}

export type { FrameworkDef };
