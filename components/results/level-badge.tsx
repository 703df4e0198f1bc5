import type { MaturityLevel } from "@/lib/view/results/types";
import { formatLevel } from "@/lib/view/results/format";
import { levelColour } from "../../lib/view/results/level-colours";

/** A small pill with the level number and name in the level's colour. */
export function LevelBadge({ level, testId }: { level: MaturityLevel | null; testId?: string }) {
  const c = levelColour(level);
  return (
    <span
      className="inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold"
      style={{ backgroundColor: c.fill, color: c.text }}
      data-testid={testId}
    >
      {formatLevel(level)}
    </span>
  );
}
