// MICMAC: driving power = how many factors a factor reaches (row sum of the final matrix),
// dependence power = how many reach it (column sum). Both count the factor itself, as in
// most ISM papers, so every power is between 1 and n.

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

export function powers(finalReachability: readonly (readonly number[])[]): {
  drivingPower: number[];
  dependencePower: number[];
} {
  const n = finalReachability.length;
  const drivingPower = finalReachability.map((row) => row.reduce((s, v) => s + v, 0));
  const dependencePower = new Array<number>(n).fill(0);
  for (const row of finalReachability) row.forEach((v, j) => (dependencePower[j] = (dependencePower[j] ?? 0) + v));
  return { drivingPower, dependencePower };
}
