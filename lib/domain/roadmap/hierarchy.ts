// The dependency structure the roadmap needs from an ISM model: transitive reachability, cycles
// (strongly connected components) and "drivers".
// Mode "reachability" (default): g drives f when g reaches f and they are not in one cycle.
// Mode "levels": g drives f when g reaches f and sits at a deeper ISM level. For a model whose levels
// were derived from its own matrix both modes agree; they differ for a model whose published levels do
// not follow from its matrix (seed 001: its SSIM closes into one 17-factor cycle, so "reachability"
// sees no hierarchy at all while the paper's seven levels still order the factors).

import { RoadmapInputError } from "./errors";
import type { IsmModelInput } from "./types";

export type HierarchyMode = "reachability" | "levels";

export interface Hierarchy {
  mode: HierarchyMode;
  keys: string[];
  index: ReadonlyMap<string, number>;
  n: number;
  /** Transitively closed reachability, row-major n×n, diagonal set. */
  reach: Uint8Array;
  /** Component id per factor; equal ids = same cycle. */
  component: Int32Array;
  levels: number[];
  levelCount: number;
  drivingPower: number[];
}

const fail = (message: string, details: Record<string, string | number | null> = {}) =>
  new RoadmapInputError("invalid-model", message, details);

export function validateModel(m: IsmModelInput): void {
  const n = m.factors.length;
  if (new Set(m.factors).size !== n) throw fail("ISM factor keys must be unique.");
  if (m.levels.length !== n || m.drivingPower.length !== n || m.finalReachability.length !== n) {
    throw fail("levels, drivingPower and finalReachability must have one entry per factor.", { factors: n });
  }
  if (!Number.isInteger(m.levelCount) || m.levelCount < (n > 0 ? 1 : 0)) throw fail("levelCount must be a positive integer.");
  m.levels.forEach((l, i) => {
    if (!Number.isInteger(l) || l < 1 || l > m.levelCount)
      throw fail(`Level of "${m.factors[i]}" must be an integer in 1..${m.levelCount}.`, { factor: m.factors[i] ?? null, level: l });
  });
  m.drivingPower.forEach((d, i) => {
    if (!Number.isFinite(d) || d < 0)
      throw fail(`Driving power of "${m.factors[i]}" must be a non-negative number.`, { factor: m.factors[i] ?? null });
  });
  m.finalReachability.forEach((row, i) => {
    if (row.length !== n || row.some((v) => v !== 0 && v !== 1))
      throw fail(`Reachability row ${i} must hold ${n} zeros or ones.`, { row: i });
  });
}

/** Warshall's transitive closure on bitset rows: n² · n/32 word operations (300 factors ≈ 1 ms). */
function closure(matrix: readonly (readonly number[])[], n: number): Uint8Array {
  const words = Math.ceil(n / 32);
  const bits = new Uint32Array(n * words);
  for (let i = 0; i < n; i++) {
    bits[i * words + (i >>> 5)] = (bits[i * words + (i >>> 5)] as number) | (1 << (i & 31));
    const row = matrix[i] ?? [];
    for (let j = 0; j < n; j++) if (row[j] === 1) bits[i * words + (j >>> 5)] = (bits[i * words + (j >>> 5)] as number) | (1 << (j & 31));
  }
  for (let k = 0; k < n; k++) {
    const kw = k >>> 5;
    const kb = 1 << (k & 31);
    for (let i = 0; i < n; i++) {
      if (((bits[i * words + kw] as number) & kb) === 0) continue;
      for (let w = 0; w < words; w++) bits[i * words + w] = (bits[i * words + w] as number) | (bits[k * words + w] as number);
    }
  }
  const reach = new Uint8Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) reach[i * n + j] = ((bits[i * words + (j >>> 5)] as number) >>> (j & 31)) & 1;
  return reach;
}

export function buildHierarchy(m: IsmModelInput, mode: HierarchyMode = "reachability"): Hierarchy {
  validateModel(m);
  const n = m.factors.length;
  const reach = closure(m.finalReachability, n);
  const component = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (component[i] !== -1) continue;
    for (let j = i; j < n; j++) if (j === i || (reach[i * n + j] === 1 && reach[j * n + i] === 1)) component[j] = i;
  }
  return {
    mode,
    keys: [...m.factors],
    index: new Map(m.factors.map((k, i) => [k, i])),
    n,
    reach,
    component,
    levels: [...m.levels],
    levelCount: m.levelCount,
    drivingPower: [...m.drivingPower],
  };
}

/** g drives f: g reaches f, and (reachability mode) they are not in one cycle / (levels mode) g is deeper. */
export function drives(h: Hierarchy, g: number, f: number): boolean {
  if (g === f || h.reach[g * h.n + f] !== 1) return false;
  return h.mode === "levels" ? (h.levels[g] ?? 0) > (h.levels[f] ?? 0) : h.component[g] !== h.component[f];
}

/** i and j are distinct members of one cycle that the roadmap must treat together. */
export function sameCycle(h: Hierarchy, i: number, j: number): boolean {
  if (i === j || h.component[i] !== h.component[j]) return false;
  return h.mode === "levels" ? h.levels[i] === h.levels[j] : true;
}

/** Indexes of the factors that drive f, ascending. */
export function driversOf(h: Hierarchy, f: number): number[] {
  const out: number[] = [];
  for (let g = 0; g < h.n; g++) if (drives(h, g, f)) out.push(g);
  return out;
}

/** How many factors f drives (in the hierarchy's mode; cycle partners are not counted). */
export function drivenCount(h: Hierarchy, f: number): number {
  let c = 0;
  for (let j = 0; j < h.n; j++) if (drives(h, f, j)) c++;
  return c;
}
