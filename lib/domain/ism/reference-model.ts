// The default reference model: Azimi, Aria & Jalali (2023), seed 001. Its published seven
// levels cannot be derived from its own SSIM (the SSIM closes into one 17-factor loop), so
// the model pairs the published levels with matrices computed from the SSIM and says so.

import seed from "../data/ecrm-ism-azimi-2023.json" with { type: "json" };
import { analyseSsim, transitiveClosure } from "./analyse";
import type { IsmEdge, IsmResult } from "./types";

export const SEED_SOURCE: string = seed.source;

export function seedFactorNames(): string[] {
  return seed.factors.map((f) => f.name);
}

export function seedFactorKeys(): string[] {
  return seed.factors.map((f) => f.key);
}

/** The SSIM exactly as printed (17 rows, the last empty). */
export function seedSsim(): string[] {
  return [...seed.ssimUpperTriangle.rows];
}

export function seedPublishedLevels(): number[] {
  return seed.factors.map((f) => f.publishedLevel);
}

/** Table 2 as printed: 1-based factor numbers, sets without the factor itself. */
export function seedPublishedTable2(): { n: number; outputSet: number[]; inputSet: number[]; commonSet: number[] }[] {
  return seed.publishedTable2.rows.map((r) => ({
    n: r.n,
    outputSet: [...r.outputSet],
    inputSet: [...r.inputSet],
    commonSet: [...r.commonSet],
  }));
}

/** What the standard algorithm makes of the seed's SSIM. `factors` are the stable keys. */
export function computedSeedModel(): IsmResult {
  return analyseSsim(seedFactorKeys(), seedSsim(), { factorNames: seedFactorNames() });
}

/**
 * The published seven-level model, usable wherever a computed IsmResult is (same type).
 * `factors` are the stable keys (as the instrument and roadmap use them), `factorNames` the names.
 * levels/levelMembers are the paper's; matrices, powers, quadrants and components are
 * computed from the SSIM. edges: the SSIM's direct links that point from a deeper published
 * level to a shallower one, transitively reduced — a drawing consistent with those levels.
 */
export function publishedReferenceModel(): IsmResult {
  const computed = computedSeedModel();
  const levels = seedPublishedLevels();
  const n = levels.length;
  const levelCount = Math.max(...levels);
  const levelMembers: number[][] = Array.from({ length: levelCount }, () => []);
  levels.forEach((lv, i) => levelMembers[lv - 1]?.push(i));

  const downward: number[][] = computed.initialReachability.map((row, i) =>
    row.map((v, j) => (i !== j && v === 1 && (levels[i] ?? 0) > (levels[j] ?? 0) ? 1 : 0)),
  );
  const closed = transitiveClosure(downward);
  const edges: IsmEdge[] = [];
  for (let u = 0; u < n; u++) {
    for (let v = 0; v < n; v++) {
      if (closed[u]?.[v] !== 1 || u === v) continue;
      let between = false;
      for (let w = 0; w < n && !between; w++) {
        between = w !== u && w !== v && closed[u]?.[w] === 1 && closed[w]?.[v] === 1;
      }
      if (!between) edges.push({ from: u, to: v });
    }
  }

  let against = 0;
  let within = 0;
  computed.initialReachability.forEach((row, i) =>
    row.forEach((v, j) => {
      if (i === j || v !== 1) return;
      if ((levels[i] ?? 0) < (levels[j] ?? 0)) against++;
      else if (levels[i] === levels[j]) within++;
    }),
  );
  const direct = downward.reduce((s, row) => s + row.reduce((t, v) => t + v, 0), 0);

  return {
    ...computed,
    source: "published",
    levels,
    levelCount,
    levelMembers,
    edges,
    componentEdges: [],
    notes: [
      `Published model of ${SEED_SOURCE}: levels as printed (${levelCount} levels).`,
      `The standard algorithm on the same SSIM gives ${computed.levelCount} level(s): its closure is one ` +
        `strongly connected component of ${computed.components[0]?.length ?? 0} factors, so every factor reaches every other.`,
      `Of the SSIM's direct links, ${direct} point from a deeper to a shallower published level, ` +
        `${within} join factors on the same level and ${against} point upward (against the published hierarchy).`,
      "Table 2 of the paper differs from its SSIM in cell (4,13) and in the input set of factor 17; see docs/ISM.md.",
      "components/cycles are those of the SSIM, so they do not respect the published levels.",
    ],
  };
}
