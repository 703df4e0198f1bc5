// Full ISM analysis: initial matrix → closure → components → levels → MICMAC → level digraph.
// Everything runs on packed bit rows and is converted to plain number[][] only at the end.

import { closeBits, fromMatrix, popcount, toMatrix, transpose } from "./bitset";
import { reducedCondensation, stronglyConnected } from "./components";
import { partitionLevels } from "./levels";
import { micmacThreshold, quadrantOf } from "./micmac";
import { ssimToMatrix, validateMatrix } from "./ssim";
import { IsmInputError, type IsmEdge, type IsmResult } from "./types";

export interface AnalyseOptions {
  /** Include the per-iteration reachability/antecedent/intersection tables. Default false. */
  partitionTables?: boolean;
  /** Display names to carry alongside `factors` when those are keys; used in notes too. */
  factorNames?: readonly string[];
}

/** Transitive closure of a 0/1 matrix (Warshall on bitsets). Does not touch the diagonal. */
export function transitiveClosure(matrix: readonly (readonly number[])[]): number[][] {
  return toMatrix(closeBits(fromMatrix(matrix)), matrix.length);
}

/** Analyses a full 0/1 influence matrix (validated; diagonal forced to 1). */
export function analyseMatrix(factors: readonly string[], matrix: readonly (readonly number[])[], options: AnalyseOptions = {}): IsmResult {
  return analyseValidated(factors, validateMatrix(factors, matrix), options);
}

/** Parses an upper-triangle SSIM and analyses it. Throws IsmInputError on bad input. */
export function analyseSsim(factors: readonly string[], ssim: readonly string[], options: AnalyseOptions = {}): IsmResult {
  // ssimToMatrix validates as it parses, so the matrix needs no second check.
  return analyseValidated(factors, ssimToMatrix(factors, ssim), options);
}

function analyseValidated(factors: readonly string[], initial: number[][], options: AnalyseOptions): IsmResult {
  const n = factors.length;
  if (options.factorNames && options.factorNames.length !== n) {
    throw new IsmInputError("factor-list", `${options.factorNames.length} factor names for ${n} factors.`);
  }
  const reach = closeBits(fromMatrix(initial));
  const antecedent = transpose(reach, n);
  const split = stronglyConnected(reach, antecedent, n);
  const part = partitionLevels(reach, antecedent, n, options.partitionTables === true);
  const finalReachability = toMatrix(reach, n);
  // Row and column sums of the final matrix, counted on the packed rows.
  const drivingPower = reach.map(popcount);
  const dependencePower = antecedent.map(popcount);
  const threshold = micmacThreshold(n);
  const componentEdges = reducedCondensation(reach, split);

  // Expand component edges to factors: each member of a driving loop drives each member of
  // the driven one, so a consumer that ignores `components` still sees every dependency.
  const edges: IsmEdge[] = [];
  for (const { from, to } of componentEdges) {
    for (const a of split.components[from] ?? []) {
      for (const b of split.components[to] ?? []) edges.push({ from: a, to: b });
    }
  }
  edges.sort((x, y) => x.from - y.from || x.to - y.to);

  const levelMembers: number[][] = Array.from({ length: part.levelCount }, () => []);
  part.levels.forEach((lv, i) => levelMembers[lv - 1]?.push(i));
  const cycles = split.components.filter((c) => c.length > 1);

  const result: IsmResult = {
    source: "computed",
    notes: cycles.length > 0 ? [cycleNote(options.factorNames ?? factors, cycles)] : [],
    factors: [...factors],
    initialReachability: initial,
    finalReachability,
    levels: part.levels,
    levelCount: part.levelCount,
    levelMembers,
    drivingPower,
    dependencePower,
    micmacThreshold: threshold,
    quadrants: drivingPower.map((d, i) => quadrantOf(d, dependencePower[i] ?? 0, threshold)),
    components: split.components,
    componentOf: split.componentOf,
    cycles,
    edges,
    componentEdges,
  };
  if (options.factorNames) result.factorNames = [...options.factorNames];
  if (part.partition) result.partition = part.partition;
  return result;
}

function cycleNote(factors: readonly string[], cycles: readonly number[][]): string {
  const listed = cycles.map((c) => `{${c.map((i) => factors[i] ?? String(i)).join(", ")}}`).join("; ");
  return `${cycles.length} feedback loop(s) — each shares one level: ${listed}.`;
}
