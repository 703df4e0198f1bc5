// Feedback-arc sets: a small set of direct links whose removal leaves the influence graph without
// loops. Within one strongly connected component, choosing a feedback-arc set is the same as
// choosing an order of its factors and removing the links that run backwards in that order, so:
//  - up to EXACT_LIMIT factors: the exact minimum, by dynamic programming over the subsets of the
//    component (cost(S ∪ {v}) = cost(S) + links from v back into S), O(2^k · k);
//  - larger: Eades, Lin & Smyth (1993)'s greedy order, improved by moving single factors to their
//    best position until nothing improves or a time/round budget runs out.
// Loops only live inside components, so the union over the components breaks every loop.

import { closeBits, fromMatrix, transpose } from "./bitset";
import { stronglyConnected } from "./components";
import type { IsmEdge } from "./types";

/** Largest component solved exactly (2^20 states · 20 ≈ 2·10^7 steps, well under a second). */
export const EXACT_LIMIT = 20;

export interface FeedbackArcSet {
  /** The direct links to remove, as 0-based (from, to), sorted. */
  links: IsmEdge[];
  /** "exact" when every component was solved exactly, otherwise "heuristic". */
  method: "exact" | "heuristic";
  /** Order used per component (members listed so that every kept link runs forward). */
  orders: number[][];
}

function popcount32(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Exact minimum over orderings of `nodes` (≤ EXACT_LIMIT): returns the best order. */
function exactOrder(adj: readonly (readonly number[])[], nodes: readonly number[]): number[] {
  const k = nodes.length;
  // out[a] = bitmask (over positions in `nodes`) of b with a link a→b.
  const out = new Uint32Array(k);
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      if (a !== b && adj[nodes[a] ?? 0]?.[nodes[b] ?? 0] === 1) out[a] = (out[a] ?? 0) | (1 << b);
    }
  }
  const size = 1 << k;
  const cost = new Uint16Array(size).fill(0xffff);
  const choice = new Int8Array(size).fill(-1);
  cost[0] = 0;
  for (let s = 0; s < size; s++) {
    const cs = cost[s] ?? 0xffff;
    if (cs === 0xffff) continue;
    for (let v = 0; v < k; v++) {
      const bit = 1 << v;
      if ((s & bit) !== 0) continue;
      // Placing v after the factors in s: its links back into s run backwards.
      const c = cs + popcount32((out[v] ?? 0) & s);
      const t = (s | bit) >>> 0;
      if (c < (cost[t] ?? 0xffff)) {
        cost[t] = c;
        choice[t] = v;
      }
    }
  }
  const order: number[] = [];
  let s = size - 1;
  while (s !== 0) {
    const v = choice[s] ?? 0;
    order.push(nodes[v] ?? 0);
    s = (s & ~(1 << v)) >>> 0;
  }
  return order.reverse();
}

/** Eades–Lin–Smyth: peel sinks to the back and sources to the front, else the node with max out−in. */
function elsOrder(adj: readonly (readonly number[])[], nodes: readonly number[]): number[] {
  const alive = new Set(nodes);
  const front: number[] = [];
  const back: number[] = [];
  const deg = (v: number, dir: "in" | "out") => {
    let d = 0;
    for (const u of alive) if (u !== v && (dir === "out" ? adj[v]?.[u] : adj[u]?.[v]) === 1) d++;
    return d;
  };
  while (alive.size > 0) {
    let changed = true;
    while (changed) {
      changed = false;
      for (const v of [...alive].sort((a, b) => a - b)) {
        if (deg(v, "out") === 0) {
          back.push(v);
          alive.delete(v);
          changed = true;
        } else if (deg(v, "in") === 0) {
          front.push(v);
          alive.delete(v);
          changed = true;
        }
      }
    }
    if (alive.size === 0) break;
    let best = -1;
    let bestScore = -Infinity;
    for (const v of [...alive].sort((a, b) => a - b)) {
      const score = deg(v, "out") - deg(v, "in");
      if (score > bestScore) {
        bestScore = score;
        best = v;
      }
    }
    front.push(best);
    alive.delete(best);
  }
  return [...front, ...back.reverse()];
}

/**
 * Moves single factors to their best position while that lowers the count of backward links.
 * For a factor v taken out of the order, the cost of inserting it at position q is the links from v
 * to the factors before q plus the links into v from the factors after q; one sweep over q finds the
 * best position in O(k), so a round costs O(k²). Stops when a round improves nothing, after 50
 * rounds, or at the deadline.
 */
function improveByInsertion(adj: readonly (readonly number[])[], start: readonly number[], deadline: number): number[] {
  const order = [...start];
  const link = (a: number, b: number) => (adj[a]?.[b] === 1 ? 1 : 0);
  for (let round = 0; round < 50 && Date.now() < deadline; round++) {
    let improved = false;
    for (let p = 0; p < order.length; p++) {
      const v = order[p] ?? 0;
      order.splice(p, 1);
      let cost = 0;
      for (const u of order) cost += link(u, v);
      let bestCost = Infinity;
      let bestQ = p;
      let currentCost = Infinity;
      for (let q = 0; q <= order.length; q++) {
        if (q === p) currentCost = cost;
        if (cost < bestCost) {
          bestCost = cost;
          bestQ = q;
        }
        const u = order[q];
        if (u !== undefined) cost += link(v, u) - link(u, v);
      }
      const to = bestCost < currentCost ? bestQ : p;
      if (to !== p) improved = true;
      order.splice(to, 0, v);
    }
    if (!improved) break;
  }
  return order;
}

/**
 * A small feedback-arc set of the direct links `initial` (0/1, row i = what i influences directly;
 * the diagonal is ignored). Exact minimum for components up to EXACT_LIMIT factors.
 * `budgetMs` bounds the local improvement of the heuristic on larger components.
 */
export function feedbackArcSet(initial: readonly (readonly number[])[], budgetMs = 500): FeedbackArcSet {
  const n = initial.length;
  const adj = initial.map((row, i) => row.map((v, j) => (i !== j && v === 1 ? 1 : 0)));
  const reach = closeBits(fromMatrix(adj.map((row, i) => row.map((v, j) => (i === j ? 1 : v)))));
  const split = stronglyConnected(reach, transpose(reach, n), n);
  const links: IsmEdge[] = [];
  const orders: number[][] = [];
  let method: FeedbackArcSet["method"] = "exact";
  const deadline = Date.now() + budgetMs;
  for (const comp of split.components) {
    if (comp.length < 2) continue;
    let order: number[];
    if (comp.length <= EXACT_LIMIT) order = exactOrder(adj, comp);
    else {
      method = "heuristic";
      order = improveByInsertion(adj, elsOrder(adj, comp), deadline);
    }
    orders.push(order);
    for (let p = 0; p < order.length; p++) {
      for (let q = 0; q < p; q++) {
        const from = order[p] ?? 0;
        const to = order[q] ?? 0;
        if (adj[from]?.[to] === 1) links.push({ from, to });
      }
    }
  }
  links.sort((a, b) => a.from - b.from || a.to - b.to);
  return { links, method, orders };
}

/** The matrix with the given links removed (the diagonal kept as it was). */
export function withoutLinks(initial: readonly (readonly number[])[], links: readonly IsmEdge[]): number[][] {
  const m = initial.map((row) => [...row]);
  for (const { from, to } of links) {
    const row = m[from];
    if (row && from !== to) row[to] = 0;
  }
  return m;
}
