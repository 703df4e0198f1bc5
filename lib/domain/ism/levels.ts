// The standard ISM level partition: among the factors still in play, those whose
// reachability set equals its intersection with their antecedent set (R ⊆ A) form the next
// level; remove them and repeat. On a closed relation these are the sink components of what
// remains, so members of one cycle always land on the same level and the loop always ends.

import { type BitRows, clearBit, hasBit, members, wordsFor } from "./bitset";
import type { PartitionIteration } from "./types";

export interface LevelPartition {
  levels: number[];
  levelCount: number;
  partition?: PartitionIteration[];
}

export function partitionLevels(reach: BitRows, antecedent: BitRows, n: number, withTables = false): LevelPartition {
  const remaining = new Uint32Array(wordsFor(n));
  for (let i = 0; i < n; i++) remaining[i >>> 5] = (remaining[i >>> 5] ?? 0) | (1 << (i & 31));
  const levels = new Array<number>(n).fill(0);
  const tables: PartitionIteration[] = [];
  let left = n;
  let level = 0;
  while (left > 0) {
    level++;
    const placed: number[] = [];
    const rows: PartitionIteration["rows"] = [];
    for (let i = 0; i < n; i++) {
      if (!hasBit(remaining, i)) continue;
      const r = reach[i];
      const a = antecedent[i];
      if (!r || !a) continue;
      let subset = true;
      for (let w = 0; w < remaining.length && subset; w++) {
        if (((r[w] ?? 0) & (remaining[w] ?? 0) & ~(a[w] ?? 0)) !== 0) subset = false;
      }
      if (subset) placed.push(i);
      if (withTables) {
        const rs = r.map((x, w) => x & (remaining[w] ?? 0));
        const as = a.map((x, w) => x & (remaining[w] ?? 0));
        rows.push({
          factor: i,
          reachability: members(rs, n),
          antecedent: members(as, n),
          intersection: members(
            rs.map((x, w) => x & (as[w] ?? 0)),
            n,
          ),
          placed: subset,
        });
      }
    }
    // A closed relation always has a sink component among any non-empty remainder.
    if (placed.length === 0) throw new Error("ISM level partition made no progress: relation is not closed");
    for (const i of placed) {
      levels[i] = level;
      clearBit(remaining, i);
    }
    left -= placed.length;
    if (withTables) tables.push({ level, rows });
  }
  return withTables ? { levels, levelCount: level, partition: tables } : { levels, levelCount: level };
}
