// MICMAC classification. The powers themselves (row and column sums of the final matrix, the
// factor itself included) are counted in analyse.ts on the packed rows; this file holds the
// threshold convention so it is stated once.

import type { MicmacQuadrant } from "./types";

/** The midpoint n/2 splits low from high; a value exactly on it counts as low. */
export function micmacThreshold(n: number): number {
  return n / 2;
}

export function quadrantOf(driving: number, dependence: number, threshold: number): MicmacQuadrant {
  const drives = driving > threshold;
  const depends = dependence > threshold;
  if (drives && depends) return "linkage";
  if (drives) return "independent";
  return depends ? "dependent" : "autonomous";
}
