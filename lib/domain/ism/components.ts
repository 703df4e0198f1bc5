// Strongly connected components read straight off the closed relation: i and j share a
// component exactly when each reaches the other. With the closure already computed this is
// one AND per row, simpler than running Tarjan on the initial graph and just as fast here.

import { type BitRows, hasBit, members } from "./bitset";

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
  // Component-level strict reachability, from each component's first member.
  const strict: Set<number>[] = components.map((group, u) => {
    const out = new Set<number>();
    const row = group[0] === undefined ? undefined : reach[group[0]];
    if (!row) return out;
    componentOf.forEach((comp, j) => {
      if (comp !== u && hasBit(row, j)) out.add(comp);
    });
    return out;
  });
  const edges: { from: number; to: number }[] = [];
  for (let u = 0; u < c; u++) {
    const direct = strict[u] ?? new Set<number>();
    const covered = new Set<number>();
    for (const w of direct) for (const v of strict[w] ?? []) covered.add(v);
    for (const v of [...direct].sort((a, b) => a - b)) if (!covered.has(v)) edges.push({ from: u, to: v });
  }
  return edges;
}
