// The view model of one assessment's results dashboard. Plain, JSON-serialisable data only (no class
// instances, functions, Map/Set, undefined, NaN or Infinity): it travels from a server component to
// client charts. Missing figures are null. Scores are on 1–5 (`mean`) and 0–100 (`percent`).

import type { AboutModelView } from "./about-model";
import type { MeasurementQualityView } from "./measurement-quality";
import type { LevelStepActions, MaturityLevel, ModuleKey, ParadigmRole } from "../../domain/instrument/types";
import type { MicmacQuadrant } from "../../domain/ism/types";
import type { ReliabilityFlag } from "../../domain/scoring/reliability";
import type { Coverage } from "../../domain/scoring/types";

export type { Coverage, MaturityLevel, MicmacQuadrant, ModuleKey, ReliabilityFlag };

export interface ScoreView {
  /** 1–5; null when nothing was answered. */
  mean: number | null;
  /** 0–100. */
  percent: number | null;
  level: MaturityLevel | null;
  levelName: string | null;
}

/** 95 % band: stratified bootstrap-t for the overall index and modules, Student-t for factors. */
export interface IntervalView {
  lower: number;
  upper: number;
  lowerPercent: number;
  upperPercent: number;
  validSamples: number;
}

export interface GroupFactorScore {
  group: string;
  mean: number | null;
  level: MaturityLevel | null;
  respondents: number;
}

export interface FactorResult extends ScoreView {
  key: string;
  name: string;
  moduleKey: ModuleKey;
  moduleName: string;
  categoryKey: string | null;
  categoryName: string | null;
  /** Respondents with at least one answer on the factor. */
  respondents: number;
  sd: number | null;
  coverage: Coverage;
  interval: IntervalView | null;
  /** One entry per group of `AssessmentResults.groups`, same order. */
  groups: GroupFactorScore[];
}

export interface CategoryResult extends ScoreView {
  key: string;
  /** Plain name ("Root causes" for the grounded-theory role "Causal conditions"). */
  name: string;
  /** The academic term behind a plain name, for a tooltip or print; null otherwise. */
  academicTerm: string | null;
  moduleKey: ModuleKey;
  factorKeys: string[];
}

export interface ModuleResult extends ScoreView {
  key: ModuleKey;
  name: string;
  coverage: Coverage;
  interval: IntervalView | null;
  factorKeys: string[];
}

export interface GroupSummary extends ScoreView {
  group: string;
  respondents: number;
  /** Figures withheld: the group has respondents, but fewer than the anonymity threshold. */
  withheld: boolean;
}

/** One spoke of the CX radar: a category of the CX module (each measured as one factor in 2026.1). */
export interface RadarPoint extends ScoreView {
  key: string;
  name: string;
}

export interface GapItem {
  factorKey: string;
  name: string;
  moduleKey: ModuleKey;
  scoreA: number;
  scoreB: number;
  /** scoreA − scoreB on 1–5. */
  gap: number;
  absGap: number;
  fewRespondents: boolean;
  /**
   * Welch's t-test with Benjamini–Hochberg control across the factors compared, and Hedges' g with its
   * interval: "distinguishable" when the gap stands out from noise at a 5 % false discovery rate.
   */
  test: {
    classification: "distinguishable" | "not-distinguishable" | "not-tested";
    p: number | null;
    q: number | null;
    hedgesG: number | null;
    gLower: number | null;
    gUpper: number | null;
  };
}

export interface PerceptionGapView {
  groupA: string;
  groupB: string;
  /** Factors with both scores: gaps distinguishable from noise first, then the rest; largest |gap| first within each. */
  items: GapItem[];
  /** The first five of `items`. */
  largest: GapItem[];
  /** How many gaps are distinguishable from noise (Welch + Benjamini–Hochberg at 5 %). */
  distinguishableCount: number;
}

export interface ReliabilityRow {
  factorKey: string;
  name: string;
  moduleKey: ModuleKey;
  /** Complete cases behind alpha. */
  n: number;
  respondents: number;
  alpha: number | null;
  rwgJ: number | null;
  answeredShare: number | null;
  flags: ReliabilityFlag[];
  /** One plain-words sentence per flag, same order. */
  explanations: string[];
}

export interface IsmNode extends ScoreView {
  key: string;
  name: string;
  /** ISM level, 1 = top (most dependent). */
  ismLevel: number;
  drivingPower: number;
  dependencePower: number;
  quadrant: MicmacQuadrant;
  paradigmRoles: ParadigmRole[];
  /** Keys of the factors this one drives directly in the level digraph (edges). */
  drives: string[];
  drivenBy: string[];
}

export interface IsmDiagram {
  source: "computed" | "published";
  /** The model's own caveats, verbatim. */
  notes: string[];
  /** One short sentence for the dashboard. */
  caveat: string;
  /** "About this model": where the structure comes from, loops and remedies (absent in results stored before it existed). */
  about?: AboutModelView | null;
  levelCount: number;
  /** Level 1 (top) first. */
  levels: { level: number; factors: IsmNode[] }[];
  /** Driver → driven, by factor key. */
  edges: { from: string; to: string }[];
  /** Feedback loops (factor keys), each with more than one member. */
  cycles: string[][];
  factorCount: number;
  scoredCount: number;
}

export interface MicmacPoint {
  key: string;
  name: string;
  driving: number;
  dependence: number;
  quadrant: MicmacQuadrant;
  level: MaturityLevel | null;
}

export interface MicmacView {
  threshold: number;
  /** Axis maximum: the number of factors in the model. */
  maxPower: number;
  points: MicmacPoint[];
  /** Set when points coincide (e.g. one loop of all factors), to explain an odd-looking chart. */
  note: string | null;
}

export interface RoadmapItemView {
  rank: number;
  phase: number;
  factorKey: string;
  name: string;
  currentScore: number;
  currentLevel: MaturityLevel;
  currentLevelName: string;
  targetLevel: MaturityLevel;
  targetLevelName: string;
  gap: number;
  priority: number;
  ismLevel: number | null;
  /** "ism" for a factor of the ISM model, else its module key ("cx", "ckm"). */
  lane: string;
  /** One short sentence on why it sits where it does. */
  why: string;
  /** The long reason (shown when the item is expanded). */
  reason: string;
  rubric: { current: string; target: string };
  actions: LevelStepActions[];
  waitsFor: { key: string; name: string; phase: number }[];
}

export interface RoadmapView {
  target: { level: MaturityLevel; levelName: string; isDefault: boolean };
  hierarchy: "levels" | "reachability";
  phases: { phase: number; items: RoadmapItemView[] }[];
  meetingTarget: { factorKey: string; name: string; currentLevel: MaturityLevel; targetLevel: MaturityLevel }[];
  unscored: { key: string; name: string }[];
  consistencyFlags: { factorKey: string; name: string; level: MaturityLevel; message: string }[];
  /** Explains an empty roadmap (no data, all at target); null otherwise. */
  message: string | null;
  /** The roadmap could not be built (e.g. a custom ISM model whose factors the framework lacks). */
  error: string | null;
}

export interface AssessmentResults {
  /**
   * "empty": no respondent has answered anything yet; "withheld": fewer submitted questionnaires than the
   * anonymity threshold. In both every score is null and `message` says why.
   */
  status: "ok" | "empty" | "withheld";
  message: string | null;
  frameworkVersion: string;
  frameworkName: string;
  overall: ScoreView & { interval: IntervalView | null; intervalNote: string | null; coverage: Coverage; respondents: number };
  anonymity: { threshold: number; submitted: number; withheld: boolean; groupNote: string | null };
  /** Groups in the order given (then any other group found in the responses). */
  groups: GroupSummary[];
  modules: ModuleResult[];
  categories: CategoryResult[];
  factors: FactorResult[];
  cxRadar: RadarPoint[];
  perceptionGap: PerceptionGapView | null;
  /** Why there is no perception gap, when there is none. */
  perceptionGapNote: string | null;
  reliability: ReliabilityRow[];
  ism: IsmDiagram;
  micmac: MicmacView;
  roadmap: RoadmapView;
  /** Resampling behind the overall and module bands (stratified bootstrap-t); factor bands are Student-t. */
  bootstrap: { samples: number; seed: number; level: number } | null;
  /** The "Measurement quality" section (docs/SCORING.md §11–12); null unless results are shown with intervals. */
  measurementQuality: MeasurementQualityView | null;
}
