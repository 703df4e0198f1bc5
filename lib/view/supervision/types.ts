// One institution in a regulator's sector ranking (built by lib/features/supervision/sector-view.ts).
import type { MaturityLevel } from "../../domain/instrument/index.ts";

export interface SectorRow {
  rank: number;
  slug: string;
  name: string;
  overall: number;
  level: MaturityLevel;
  levelName: string;
  /** The institution's overall index in its previous published round, and the change since. */
  previous: { round: number; overall: number } | null;
  change: number | null;
  laggard: boolean;
  laggardReason: string | null;
}
