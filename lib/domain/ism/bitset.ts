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
    for (let j = 0; j < cells.length; j++) if (cells[j] === 1) setBit(row, j);
  });
  return rows;
}

// Plain loops rather than Array.from({ length }) here and below: the latter is several
// times slower in V8 and these run n² times per analysis.
export function toMatrix(rows: BitRows, n: number): number[][] {
  return rows.map((row) => {
    const out = new Array<number>(n);
    for (let j = 0; j < n; j++) out[j] = ((row[j >>> 5] ?? 0) >>> (j & 31)) & 1;
    return out;
  });
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
  const n = rows.length;
  const words = wordsFor(n);
  // One flat buffer (row i at i * words) keeps the inner OR loop on contiguous memory.
  const flat = new Uint32Array(n * words);
  rows.forEach((row, i) => flat.set(row.subarray(0, words), i * words));
  for (let k = 0; k < n; k++) {
    const kw = k >>> 5;
    const mask = 1 << (k & 31);
    const kBase = k * words;
    for (let base = 0; base < flat.length; base += words) {
      if (((flat[base + kw] ?? 0) & mask) === 0) continue;
      for (let x = 0; x < words; x++) flat[base + x] = (flat[base + x] ?? 0) | (flat[kBase + x] ?? 0);
    }
  }
  return rows.map((_, i) => flat.slice(i * words, (i + 1) * words));
}
