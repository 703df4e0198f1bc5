// The roadmap's target maturity level: the `target` URL search parameter and the default.

import type { MaturityLevel } from "../../domain/instrument/types";

export type TargetLevel = 2 | 3 | 4 | 5;
export const TARGET_LEVELS: readonly TargetLevel[] = [2, 3, 4, 5];
export const TARGET_PARAM = "target";

/** Parse `?target=` (a string, repeated values or absent); null unless it is exactly 2, 3, 4 or 5. */
export function parseTargetParam(value: string | string[] | null | undefined): TargetLevel | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === null || !/^[2-5]$/.test(raw.trim())) return null;
  return Number(raw.trim()) as TargetLevel;
}

/** One level above the current overall level, capped at 5; 3 when there is no score yet. */
export function defaultTargetLevel(current: MaturityLevel | null): MaturityLevel {
  if (current === null) return 3;
  return Math.min(5, current + 1) as MaturityLevel;
}
