// Hand-made ISM models for tests and benchmarks. `modelFromEdges` does the textbook ISM steps
// (transitive closure, level partition, driving power) so fixtures stay independent of lib/domain/ism.

import type { FrameworkDef, ModuleDef } from "../instrument/types";
import { fixtureFactor } from "../scoring/test-fixtures";
import type { IsmModelInput } from "./types";

/** Build an IsmModelInput from "a drives b" edges. */
export function modelFromEdges(factors: readonly string[], edges: readonly (readonly [string, string])[]): IsmModelInput {
  const n = factors.length;
  const idx = new Map(factors.map((k, i) => [k, i]));
  const r = factors.map((_, i) => factors.map((__, j) => (i === j ? 1 : 0)));
  for (const [a, b] of edges) {
    const i = idx.get(a);
    const j = idx.get(b);
    if (i === undefined || j === undefined) throw new Error(`edge ${a}→${b} names an unknown factor`);
    (r[i] as number[])[j] = 1;
  }
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++) if (r[i]?.[k] === 1) for (let j = 0; j < n; j++) if (r[k]?.[j] === 1) (r[i] as number[])[j] = 1;
  // Level partition: a factor is at the current level when its reachability set (within the remaining
  // factors) is contained in its antecedent set, i.e. it reaches nothing it is not reached by.
  const levels = new Array<number>(n).fill(0);
  let level = 0;
  let remaining = factors.map((_, i) => i);
  while (remaining.length > 0) {
    level++;
    const top = remaining.filter((i) => remaining.every((j) => r[i]?.[j] !== 1 || r[j]?.[i] === 1));
    for (const i of top) levels[i] = level;
    remaining = remaining.filter((i) => !top.includes(i));
  }
  return {
    factors: [...factors],
    levels,
    levelCount: level,
    drivingPower: r.map((row) => row.reduce((s: number, v) => s + v, 0)),
    finalReachability: r,
  };
}

/** A framework whose ecrm module holds the given factor keys (plus `extra` outside any ISM model). */
export function frameworkFor(keys: readonly string[], extra: readonly string[] = []): FrameworkDef {
  const ecrm: ModuleDef = {
    key: "ecrm",
    name: "e-CRM",
    description: "",
    optional: false,
    factors: keys.map((k) => fixtureFactor("ecrm", k, [false, false])),
  };
  const cx: ModuleDef = {
    key: "cx",
    name: "CX",
    description: "",
    optional: false,
    factors: extra.map((k) => fixtureFactor("cx", k, [false, false])),
  };
  return { version: "test-roadmap.1", name: "Roadmap test", publishedOn: "2026-01-01", sources: [], modules: [cx, ecrm] };
}

/**
 * Worked example (docs/ROADMAP.md §5): foundation → process → outcome (chain); foundation → skills ⇄
 * culture (cycle) → outcome; tools → process, with tools already at target.
 */
export const EXAMPLE_KEYS = ["foundation", "tools", "skills", "culture", "process", "outcome"] as const;
export const EXAMPLE_EDGES: [string, string][] = [
  ["foundation", "process"],
  ["process", "outcome"],
  ["foundation", "skills"],
  ["skills", "culture"],
  ["culture", "skills"],
  ["skills", "outcome"],
  ["culture", "outcome"],
  ["tools", "process"],
];
