import { MATURITY_LEVEL_NAMES } from "@/lib/domain/instrument/types";
import { LEVEL_COLOURS, NO_DATA_COLOUR } from "../../lib/view/results/level-colours";

const LEVELS = [1, 2, 3, 4, 5] as const;

/** Legend of the maturity colour scale, with a "no data" swatch. */
export function LevelLegend({ showNoData = true }: { showNoData?: boolean }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Maturity level colours">
      {LEVELS.map((l) => (
        <li key={l} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="inline-block h-3 w-3 rounded-sm border border-slate-300"
            style={{ backgroundColor: LEVEL_COLOURS[l].fill }}
          />
          {l} {MATURITY_LEVEL_NAMES[l]}
        </li>
      ))}
      {showNoData && (
        <li className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="inline-block h-3 w-3 rounded-sm border border-slate-300"
            style={{ backgroundColor: NO_DATA_COLOUR.fill }}
          />
          No data
        </li>
      )}
    </ul>
  );
}
