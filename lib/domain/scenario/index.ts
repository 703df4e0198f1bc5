// Public API of the what-if projection (pure; docs/ROADMAP.md "What-if scenarios").
export { driverFlagMessage, levelFloor, NAMED_DRIVERS, projectScenario } from "./project";
export type {
  DriverFlag,
  DriverShortfall,
  ProjectedFactor,
  ProjectedValue,
  ScenarioInput,
  ScenarioProjection,
  ScenarioTargets,
} from "./project";
export { peerPosition } from "./peer-position";
export type { PeerPosition } from "./peer-position";
