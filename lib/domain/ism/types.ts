// Public types of the ISM (interpretive structural modelling) engine.
// Indices in results are 0-based positions in `factors`; levels are 1-based (1 = top).
// Error messages, by contrast, use 1-based rows/columns because people read them.

/** One SSIM cell for the pair (i, j), i < j: V = i→j, A = j→i, X = both, O = neither. */
export type SsimLetter = "V" | "A" | "X" | "O";

export const SSIM_LETTERS: readonly SsimLetter[] = ["V", "A", "X", "O"];

/** MICMAC quadrant from driving and dependence power. */
export type MicmacQuadrant = "autonomous" | "dependent" | "linkage" | "independent";

/** A directed edge "from drives to" between two 0-based indices. */
export interface IsmEdge {
  from: number;
  to: number;
}

/** One row of a level-partition table (sets are 0-based factor indices, self included). */
export interface PartitionRow {
  factor: number;
  reachability: number[];
  antecedent: number[];
  intersection: number[];
  /** True when reachability ⊆ antecedent among the remaining factors: placed at this level. */
  placed: boolean;
}

/** The table of one iteration of the level partition, over the factors still remaining. */
export interface PartitionIteration {
  level: number;
  rows: PartitionRow[];
}

export interface IsmResult {
  /** "computed" = derived by this engine; "published" = a paper's levels over computed matrices. */
  source: "computed" | "published";
  /** Human-readable caveats, e.g. how a published model departs from the computed one. */
  notes: string[];
  /** Factor identifiers, as given. The reference model uses the stable keys ("infrastructure", …). */
  factors: string[];
  /** Display names, when `factors` holds keys (the reference model supplies them). */
  factorNames?: string[];
  /** 0/1 matrix from the SSIM, diagonal 1. Row i = what i influences directly. */
  initialReachability: number[][];
  /** Transitive closure of the initial matrix. */
  finalReachability: number[][];
  /** Level per factor, 1 = top = most dependent. */
  levels: number[];
  levelCount: number;
  /** Factors per level: levelMembers[k] holds the factors at level k + 1. */
  levelMembers: number[][];
  /** Row sums of the final matrix, self included. */
  drivingPower: number[];
  /** Column sums of the final matrix, self included. */
  dependencePower: number[];
  /** MICMAC midpoint n/2; a power counts as high only when strictly above it. */
  micmacThreshold: number;
  quadrants: MicmacQuadrant[];
  /** Strongly connected components (mutually reachable factors), ascending by smallest member. */
  components: number[][];
  /** componentOf[i] = index into `components`. */
  componentOf: number[];
  /** The components with more than one member: feedback loops that share one level. */
  cycles: number[][];
  /** Level digraph between factors: every member of a driving component → every member of a driven one. */
  edges: IsmEdge[];
  /** The condensation itself, transitively reduced, between indices into `components`. */
  componentEdges: IsmEdge[];
  /** Per-iteration partition tables; present only when asked for (they grow as n²·levels). */
  partition?: PartitionIteration[];
}

export type IsmInputErrorCode =
  "factor-list" | "row-count" | "row-length" | "unknown-letter" | "matrix-shape" | "matrix-value" | "bad-option";

/** Typed validation error; row/column are 1-based and carry factor names when known. */
export class IsmInputError extends Error {
  readonly code: IsmInputErrorCode;
  readonly row?: number;
  readonly column?: number;

  constructor(code: IsmInputErrorCode, message: string, where: { row?: number; column?: number } = {}) {
    super(message);
    this.name = "IsmInputError";
    this.code = code;
    if (where.row !== undefined) this.row = where.row;
    if (where.column !== undefined) this.column = where.column;
  }
}
