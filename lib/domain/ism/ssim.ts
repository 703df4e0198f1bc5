// Parsing and validating ISM input: an SSIM upper triangle of letters, or a full 0/1 matrix.
// Every error names the 1-based row and column and the factors there, so an analyst can
// find the bad cell in the spreadsheet the SSIM came from.

import { IsmInputError, type SsimLetter } from "./types";

function label(factors: readonly string[], i: number): string {
  return `${i + 1} ("${factors[i] ?? "?"}")`;
}

export function validateFactors(factors: readonly string[]): void {
  if (factors.length === 0) throw new IsmInputError("factor-list", "The factor list is empty.");
  factors.forEach((f, i) => {
    if (typeof f !== "string" || f.trim() === "") {
      throw new IsmInputError("factor-list", `Factor ${i + 1} has no name.`, { row: i + 1 });
    }
  });
}

function toLetter(ch: string): SsimLetter | undefined {
  switch (ch) {
    case "V":
    case "v":
      return "V";
    case "A":
    case "a":
      return "A";
    case "X":
    case "x":
      return "X";
    case "O":
    case "o":
      return "O";
    default:
      return undefined;
  }
}

function identity(n: number): number[][] {
  const m: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(n).fill(0);
    row[i] = 1;
    m.push(row);
  }
  return m;
}

/**
 * Validates an upper-triangle SSIM: row i (0-based) holds n-1-i letters for columns i+1..n-1.
 * The last row is empty, so it may be omitted (n-1 rows accepted). Letters are case-insensitive.
 * Returns the letters as a grid of the same triangular shape.
 */
export function parseSsim(factors: readonly string[], rows: readonly string[]): SsimLetter[][] {
  validateFactors(factors);
  const n = factors.length;
  if (rows.length !== n && rows.length !== n - 1) {
    throw new IsmInputError(
      "row-count",
      `The SSIM has ${rows.length} rows but there are ${n} factors: expected ${n} rows (or ${n - 1}, omitting the empty last row).`,
    );
  }
  const grid: SsimLetter[][] = [];
  for (let i = 0; i < n; i++) {
    const row = rows[i] ?? "";
    const expected = n - 1 - i;
    if (typeof row !== "string" || row.length !== expected) {
      const got = typeof row === "string" ? `${row.length} letters` : `a ${typeof row}`;
      throw new IsmInputError(
        "row-length",
        `SSIM row ${label(factors, i)} has ${got}; expected ${expected} (one per column ${i + 2}..${n}).`,
        { row: i + 1 },
      );
    }
    const letters: SsimLetter[] = new Array<SsimLetter>(expected);
    for (let k = 0; k < expected; k++) {
      const ch = row.charAt(k);
      const letter = toLetter(ch);
      if (letter === undefined) {
        const j = i + 1 + k;
        throw new IsmInputError(
          "unknown-letter",
          `SSIM row ${label(factors, i)}, column ${label(factors, j)}: unknown letter "${ch}"; expected V, A, X or O.`,
          { row: i + 1, column: j + 1 },
        );
      }
      letters[k] = letter;
    }
    grid.push(letters);
  }
  return grid;
}

/** Initial reachability matrix: V/X set i→j, A/X set j→i, and the diagonal is 1 by convention. */
export function ssimToMatrix(factors: readonly string[], rows: readonly string[]): number[][] {
  const grid = parseSsim(factors, rows);
  const n = factors.length;
  const m = identity(n);
  grid.forEach((letters, i) => {
    letters.forEach((letter, k) => {
      const j = i + 1 + k;
      const rowI = m[i];
      const rowJ = m[j];
      if (!rowI || !rowJ) return;
      if (letter === "V" || letter === "X") rowI[j] = 1;
      if (letter === "A" || letter === "X") rowJ[i] = 1;
    });
  });
  return m;
}

/** The SSIM letter a 0/1 pair of directions stands for. */
export function letterFor(forward: boolean, backward: boolean): SsimLetter {
  if (forward && backward) return "X";
  if (forward) return "V";
  return backward ? "A" : "O";
}

/** Inverse of ssimToMatrix (the diagonal is ignored). Always emits n rows, the last one empty. */
export function matrixToSsim(matrix: readonly (readonly number[])[]): string[] {
  const n = matrix.length;
  return Array.from({ length: n }, (_, i) => {
    let row = "";
    for (let j = i + 1; j < n; j++) {
      row += letterFor(matrix[i]?.[j] === 1, matrix[j]?.[i] === 1);
    }
    return row;
  });
}

/**
 * Validates a full n×n 0/1 matrix (row i, column j = 1 when i influences j). The diagonal
 * may be given as 0 or 1; it is set to 1 because every factor reaches itself in ISM.
 */
export function validateMatrix(factors: readonly string[], matrix: readonly (readonly number[])[]): number[][] {
  validateFactors(factors);
  const n = factors.length;
  if (matrix.length !== n) {
    throw new IsmInputError("matrix-shape", `The matrix has ${matrix.length} rows but there are ${n} factors.`);
  }
  return matrix.map((cells, i) => {
    if (!Array.isArray(cells) || cells.length !== n) {
      throw new IsmInputError("matrix-shape", `Matrix row ${label(factors, i)} does not have ${n} cells.`, {
        row: i + 1,
      });
    }
    const out = new Array<number>(n);
    for (let j = 0; j < n; j++) {
      const v = cells[j];
      if (v !== 0 && v !== 1) {
        throw new IsmInputError(
          "matrix-value",
          `Matrix row ${label(factors, i)}, column ${label(factors, j)}: ${String(v)} is not 0 or 1.`,
          { row: i + 1, column: j + 1 },
        );
      }
      out[j] = i === j ? 1 : v;
    }
    return out;
  });
}
