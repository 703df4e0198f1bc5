// The change since the previous round as a table: one row per measure (the overall index, each module,
// category and factor) with both rounds' scores, the change and its 95 % interval, and the verdict. The same
// rows as the results page's card (lib/view/results/round-change.ts). Columns: docs/EXPORTS.md.
import "server-only";
import type { ChangeRow, RoundChangeView } from "../../view/results/round-change.ts";
import type { Column } from "../../platform/http/csv.ts";

export const CHANGE_COLUMNS: Column<ChangeRow>[] = [
  { name: "kind", value: (r) => r.kind },
  { name: "key", value: (r) => r.key },
  { name: "name", value: (r) => r.name },
  { name: "previous_score", value: (r) => r.before },
  { name: "current_score", value: (r) => r.after },
  { name: "change", value: (r) => r.delta },
  { name: "change_lower_95", value: (r) => r.lower },
  { name: "change_upper_95", value: (r) => r.upper },
  { name: "verdict", value: (r) => r.verdict },
  { name: "reason", value: (r) => r.reason },
];

/** The overall index first, then modules, categories and factors, as on the page. */
export function changeRows(view: RoundChangeView): ChangeRow[] {
  return [view.overall, ...view.modules, ...view.categories, ...view.factors];
}
