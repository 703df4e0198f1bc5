// Rows of a 0/1 matrix packed 32 columns per 32-bit word. Warshall's closure then costs
// n² conditional ORs of n/32 words each, which keeps n = 300 at a millisecond or so.

export type BitRows = Uint32Array[];

export const wordsFor = (n: number): number => (n + 31) >>> 5;

export function emptyRows(n: number): BitRows {
  const words = wordsFor(n);
  return Array.from({ length: n }, () => new Uint32Array(words));
}

export function hasBit(row: Uint32Array, j: number): boolean {
  return (((row[j >>> 5] ?? 0) >>> (j & 31)) & 1) === 1;
}

export function setBit(row: Uint32Array, j: number): void {
  const w = j >>> 5;
  row[w] = (row[w] ?? 0) | (1 << (j & 31));
}

export function clearBit(row: Uint32Array, j: number): void {
  const w = j >>> 5;
  row[w] = (row[w] ?? 0) & ~(1 << (j & 31));
}

export function popcount(row: Uint32Array): number {
  let count = 0;
  for (const word of row) {
    let v = word;
    while (v !== 0) {
      v &= v - 1;
      count++;
    }
  }
  return count;
}

/** Indices of the set bits, ascending. */
export function members(row: Uint32Array, n: number): number[] {
  const out: number[] = [];
  for (let j = 0; j < n; j++) if (hasBit(row, j)) out.push(j);
  return out;
}

export function fromMatrix(matrix: readonly (readonly number[])[]): BitRows {
  const rows = emptyRows(matrix.length);
  matrix.forEach((cells, i) => {
    const row = rows[i];
    if (!row) return;
    cells.forEach((v, j) => {
      if (v === 1) setBit(row, j);
    });
  });
  return rows;
}

export function toMatrix(rows: BitRows, n: number): number[][] {
  return rows.map((row) => Array.from({ length: n }, (_, j) => (hasBit(row, j) ? 1 : 0)));
}

/** Column i of the result = row i of the input: antecedent sets from reachability sets. */
export function transpose(rows: BitRows, n: number): BitRows {
  const out = emptyRows(n);
  rows.forEach((row, i) => {
    for (let j = 0; j < n; j++) {
      const target = out[j];
      if (target && hasBit(row, j)) setBit(target, i);
    }
  });
  return out;
}

/** Warshall on bit rows: if i reaches k, i reaches everything k reaches. Returns a copy. */
export function closeBits(rows: BitRows): BitRows {
  const out = rows.map((r) => r.slice());
  for (let k = 0; k < out.length; k++) {
    const rk = out[k];
    if (!rk) continue;
    const w = k >>> 5;
    const mask = 1 << (k & 31);
    for (const ri of out) {
      if (((ri[w] ?? 0) & mask) === 0) continue;
      for (let x = 0; x < ri.length; x++) ri[x] = (ri[x] ?? 0) | (rk[x] ?? 0);
    }
  }
  return out;
}
