// The roadmap table: one row per recommended step, in phase and rank order, with its reason and the
// actions from the current to the target level. Columns are documented in docs/EXPORTS.md.
import "server-only";
import type { RoadmapItemView, RoadmapView } from "../../view/results/types.ts";
import type { Column } from "../../platform/http/csv.ts";

/** Several values in one cell are joined with " | " (a character the instrument's texts do not use). */
export const LIST_SEPARATOR = " | ";

export const ROADMAP_COLUMNS: Column<RoadmapItemView>[] = [
  { name: "phase", value: (r) => r.phase },
  { name: "rank", value: (r) => r.rank },
  { name: "factor_key", value: (r) => r.factorKey },
  { name: "factor", value: (r) => r.name },
  { name: "current_score", value: (r) => r.currentScore },
  { name: "current_level", value: (r) => r.currentLevel },
  { name: "target_level", value: (r) => r.targetLevel },
  { name: "gap", value: (r) => r.gap },
  { name: "priority", value: (r) => r.priority },
  { name: "ism_level", value: (r) => r.ismLevel },
  { name: "waits_for", value: (r) => r.waitsFor.map((w) => w.key).join(LIST_SEPARATOR) },
  { name: "reason", value: (r) => r.reason },
  { name: "actions", value: (r) => r.actions.flatMap((a) => a.actions.map((x) => `${a.from}->${a.to}: ${x}`)).join(LIST_SEPARATOR) },
];

export function roadmapRows(roadmap: RoadmapView): RoadmapItemView[] {
  return roadmap.phases.flatMap((p) => p.items);
}
