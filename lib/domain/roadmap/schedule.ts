// Phase scheduling. A factor below target is placed in the earliest phase after every driver that is
// also below target (drivers already at target do not hold it back); members of one cycle share a phase.
// This is longest-path layering of the condensed dependency DAG restricted to the factors to schedule:
// phase = 1 + max(phase of its unmet drivers), 1 when it has none. Factors outside the ISM model have
// no constraints and go in phase 1.

import { drives, type Hierarchy } from "./hierarchy";

/**
 * @param scheduled ISM indexes of the factors below target.
 * @returns phase per ISM index (only for `scheduled`).
 */
export function assignPhases(h: Hierarchy, scheduled: readonly number[]): Map<number, number> {
  const n = h.n;
  // A topological order of "drives": in reachability mode, reach counts (if g drives f, g reaches
  // everything f reaches plus f, so g's count is strictly larger); in levels mode, deeper level first.
  const rank = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (h.mode === "levels") rank[i] = h.levels[i] ?? 0;
    else for (let j = 0; j < n; j++) rank[i] = (rank[i] as number) + (h.reach[i * n + j] as number);
  }
  const order = [...scheduled].sort((a, b) => (rank[b] as number) - (rank[a] as number) || a - b);

  // Members of one cycle have the same drivers (the closure is transitive), so they get the same phase
  // without special handling.
  const phase = new Map<number, number>();
  for (const f of order) {
    let p = 1;
    for (const [g, pg] of phase) if (pg + 1 > p && drives(h, g, f)) p = pg + 1;
    phase.set(f, p);
  }
  return phase;
}
