// Public API of the roadmap engine (pure; see docs/ROADMAP.md).
export { buildRoadmap } from "./build-roadmap";
export type {
  IsmModelInput,
  RoadmapTarget,
  RoadmapInput,
  PriorityBreakdown,
  FactorRef,
  RoadmapItem,
  RoadmapItemDetail,
  RoadmapPhase,
  ConsistencyFlag,
  Roadmap,
} from "./types";
export { RoadmapInputError } from "./errors";
export type { RoadmapErrorCode } from "./errors";
export { NEUTRAL_FOUNDATION_WEIGHT, SCALE_WIDTH, computePriority } from "./priority";
export { CONSISTENCY_MARGIN_LEVELS } from "./consistency";
export { buildHierarchy, driversOf, drives, drivenCount, sameCycle } from "./hierarchy";
export type { Hierarchy, HierarchyMode } from "./hierarchy";
export { assignPhases } from "./schedule";
export { DEFAULT_LANE_LEADS, laneOf, roadmapFactorScores } from "./lanes";
export { reasonFor, whyFor } from "./reason";
