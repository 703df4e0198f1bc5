// Number formatting shared by the results dashboard and the tests that read it (e2e included), so the
// expected text is computed the same way it is rendered. 1–5 scores: 2 decimals; 0–100 index: integer.

import { MATURITY_LEVEL_NAMES, type MaturityLevel } from "../../domain/instrument/types";

/** Shown wherever a figure is missing. */
export const MISSING = "–";

const fixed = (x: number, digits: number): string => {
  const s = x.toFixed(digits);
  // -0.004 → "-0.00": drop the sign of a value that rounds to zero.
  return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s;
};

/**
 * A 1–5 score as displayed: two decimals. Levels are assigned from this figure (docs/SCORING.md), so
 * 2.5999 is shown as 2.60 and is level 3, like 2.6017.
 */
export function displayedScore(x: number): number {
  return Number(fixed(x, 2));
}

/** "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "83rd". */
export function ordinal(n: number): string {
  const r = Math.round(n);
  const mod100 = Math.abs(r) % 100;
  const mod10 = Math.abs(r) % 10;
  const suffix = mod100 >= 11 && mod100 <= 13 ? "th" : mod10 === 1 ? "st" : mod10 === 2 ? "nd" : mod10 === 3 ? "rd" : "th";
  return `${r}${suffix}`;
}

/** A 1–5 score with two decimals, e.g. "3.47". */
export function formatScore(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? MISSING : fixed(x, 2);
}

/** A 0–100 index rounded to an integer, e.g. "62". */
export function formatIndex(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? MISSING : fixed(x, 0);
}

/** A share 0–1 as a whole percentage, e.g. "87%". */
export function formatShare(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? MISSING : `${fixed(x * 100, 0)}%`;
}

/** A signed 1–5 difference, e.g. "+0.42" or "−0.42" (true minus sign). */
export function formatGap(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return MISSING;
  const s = fixed(Math.abs(x), 2);
  if (s === fixed(0, 2)) return s;
  return `${x > 0 ? "+" : "\u2212"}${s}`;
}

/** A statistic on 0–1 such as Cronbach's alpha or rwg, two decimals. */
export function formatStat(x: number | null | undefined): string {
  return formatScore(x);
}

/** "2.31–2.78" on 1–5. */
export function formatInterval(lower: number | null | undefined, upper: number | null | undefined): string {
  if (lower === null || lower === undefined || upper === null || upper === undefined) return MISSING;
  return `${formatScore(lower)}\u2013${formatScore(upper)}`;
}

/** "48–61" on 0–100. */
export function formatIndexInterval(lower: number | null | undefined, upper: number | null | undefined): string {
  if (lower === null || lower === undefined || upper === null || upper === undefined) return MISSING;
  return `${formatIndex(lower)}\u2013${formatIndex(upper)}`;
}

export function levelName(level: MaturityLevel | null | undefined): string {
  return level === null || level === undefined ? "No data" : MATURITY_LEVEL_NAMES[level];
}

/** "3 Defined", or "No data". */
export function formatLevel(level: MaturityLevel | null | undefined): string {
  return level === null || level === undefined ? "No data" : `${level} ${MATURITY_LEVEL_NAMES[level]}`;
}

/** "managers" → "Managers". */
export function formatGroup(group: string): string {
  return group.length === 0 ? group : group.charAt(0).toUpperCase() + group.slice(1);
}

/** A published peer figure: one decimal, as the disclosure policy rounds it (docs/BENCHMARK.md). */
export function formatPeerScore(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? MISSING : fixed(x, 1);
}
