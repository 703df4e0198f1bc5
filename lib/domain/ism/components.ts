// Strongly connected components read straight off the closed relation: i and j share a
// component exactly when each reaches the other. With the closure already computed this is
// one AND per row, simpler than running Tarjan on the initial graph and just as fast here.

import { type BitRows, clearBit, emptyRows, hasBit, members, setBit, wordsFor } from "./bitset";

export interface ComponentSplit {
  components: number[][];
  componentOf: number[];
}

/** `reach` and `antecedent` are the closed relation and its transpose. */
export function stronglyConnected(reach: BitRows, antecedent: BitRows, n: number): ComponentSplit {
  const componentOf = new Array<number>(n).fill(-1);
  const components: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (componentOf[i] !== -1) continue;
    const r = reach[i];
    const a = antecedent[i];
    if (!r || !a) continue;
    const both = r.map((word, w) => word & (a[w] ?? 0));
    const group = members(both, n);
    for (const j of group) componentOf[j] = components.length;
    components.push(group);
  }
  return { components, componentOf };
}

/**
 * Transitive reduction of the condensation (a DAG): keep u→v only when no other component w
 * sits between them (u reaches w, w reaches v). Edges run from driver to driven.
 */
export function reducedCondensation(reach: BitRows, split: ComponentSplit): { from: number; to: number }[] {
  const { components, componentOf } = split;
  const c = components.length;
  const n = componentOf.length;
  // strict[u] = components reachable from u, u excluded, read off u's first member.
  const strict = emptyRows(c);
  components.forEach((group, u) => {
    const row = group[0] === undefined ? undefined : reach[group[0]];
    const out = strict[u];
    if (!row || !out) return;
    for (let j = 0; j < n; j++) if (hasBit(row, j)) setBit(out, componentOf[j] ?? u);
    clearBit(out, u);
  });
  const edges: { from: number; to: number }[] = [];
  const covered = new Uint32Array(wordsFor(c));
  for (let u = 0; u < c; u++) {
    const direct = strict[u];
    if (!direct) continue;
    covered.fill(0);
    for (let w = 0; w < c; w++) {
      const via = strict[w];
      if (!via || !hasBit(direct, w)) continue;
      for (let x = 0; x < covered.length; x++) covered[x] = (covered[x] ?? 0) | (via[x] ?? 0);
    }
    for (let v = 0; v < c; v++) if (hasBit(direct, v) && !hasBit(covered, v)) edges.push({ from: u, to: v });
  }
  return edges;
}
