// The five-step maturity colour scale (red → green) shared by every chart and the level diagram.
// Level numbers are always printed next to the colour, so the scale is never the only signal.

import type { MaturityLevel } from "@/lib/view/results/types";

export interface LevelColour {
  fill: string;
  text: string;
}

export const LEVEL_COLOURS: Record<MaturityLevel, LevelColour> = {
  1: { fill: "#b91c1c", text: "#ffffff" },
  2: { fill: "#f97316", text: "#0f172a" },
  3: { fill: "#facc15", text: "#0f172a" },
  4: { fill: "#84cc16", text: "#0f172a" },
  5: { fill: "#15803d", text: "#ffffff" },
};

export const NO_DATA_COLOUR: LevelColour = { fill: "#e2e8f0", text: "#334155" };

export function levelColour(level: MaturityLevel | null | undefined): LevelColour {
  return level === null || level === undefined ? NO_DATA_COLOUR : LEVEL_COLOURS[level];
}

/** Series colours for respondent groups (first, second, further) and for "all respondents". */
export const GROUP_COLOURS = ["#1f57c0", "#d97706", "#7c3aed", "#0d9488"] as const;
export const OVERALL_COLOUR = "#334155";

export function groupColour(index: number): string {
  return GROUP_COLOURS[index % GROUP_COLOURS.length] ?? OVERALL_COLOUR;
}
