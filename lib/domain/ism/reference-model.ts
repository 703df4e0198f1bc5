// The default reference model: Azimi, Aria & Jalali (2023). The paper publishes seven levels, but
// its own SSIM, closed transitively, is one loop of all 17 factors (everything reaches everything),
// so no hierarchy follows from it. Meyar's reference structure is therefore stated explicitly:
//   the published seven levels, and the SSIM's direct links that run from a deeper published
//   level to a higher one, closed transitively.
// Every figure of publishedReferenceModel() (reachability, powers, MICMAC, components, edges)
// comes from that one structure; the raw SSIM stays available as rawSsimReferenceModel().

import seed from "../data/ecrm-ism-azimi-2023.json" with { type: "json" };
import { paperCitation } from "../instrument/citations";
import { analyseMatrix, analyseSsim } from "./analyse";
import { explainLoops, type LoopReport, type NamedLink } from "./loops";
import type { IsmEdge, IsmResult } from "./types";

/** Short citation, for labels: "Azimi, Aria & Jalali (2023)". */
export const SEED_SOURCE: string = seed.citation.short;

/** Full citation of the reference paper. */
export const SEED_CITATION: string = paperCitation("001");

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

/** The SSIM's direct links split by how they sit against the published levels (level 1 = top). */
export interface ReferenceLinkSplit {
  /** From a deeper level to a higher one: kept, they make up the reference structure. */
  kept: IsmEdge[];
  /** Between two factors of the same level: dropped. */
  sameLevel: IsmEdge[];
  /** From a higher level to a deeper one (against the published hierarchy): dropped. */
  upward: IsmEdge[];
  /** 0/1 matrix of the kept links, diagonal 1: the initial matrix of the reference structure. */
  initial: number[][];
}

export function referenceLinkSplit(): ReferenceLinkSplit {
  const raw = analyseSsim(seedFactorKeys(), seedSsim()).initialReachability;
  const levels = seedPublishedLevels();
  const kept: IsmEdge[] = [];
  const sameLevel: IsmEdge[] = [];
  const upward: IsmEdge[] = [];
  const initial = raw.map((row, i) =>
    row.map((v, j) => {
      if (i === j) return 1;
      if (v !== 1) return 0;
      const from = levels[i] ?? 0;
      const to = levels[j] ?? 0;
      if (from > to) {
        kept.push({ from: i, to: j });
        return 1;
      }
      (from === to ? sameLevel : upward).push({ from: i, to: j });
      return 0;
    }),
  );
  return { kept, sameLevel, upward, initial };
}

/** A factor whose level, recomputed by the standard level partition, differs from the published one. */
export interface LevelDifference {
  factor: number;
  name: string;
  published: number;
  computed: number;
  why: string;
}

export interface ReferenceAudit {
  /** Number of direct links in the SSIM (each direction of an X counts once). */
  ssimLinks: number;
  keptLinks: number;
  sameLevelLinks: number;
  upwardLinks: number;
  /** Levels the standard partition gives on the reference structure's closure. */
  computedLevels: number[];
  computedLevelCount: number;
  differences: LevelDifference[];
  /** The raw SSIM's loop and the links that close it. */
  rawLoops: LoopReport;
}

const names = seedFactorNames();
const nameOf = (i: number) => names[i] ?? String(i);
const listNames = (xs: readonly number[]) => xs.map(nameOf).join(", ");

let auditCache: ReferenceAudit | null = null;
let rawReportCache: LoopReport | null = null;

/** The raw SSIM's loop report (the exact feedback-arc set takes ~50 ms, so it is computed once). */
function rawLoopReport(): LoopReport {
  rawReportCache ??= explainLoops(analyseSsim(seedFactorKeys(), seedSsim(), { factorNames: seedFactorNames() }));
  return rawReportCache;
}

/** How the reference structure relates to the paper's SSIM and to its printed levels. */
export function referenceAudit(): ReferenceAudit {
  if (auditCache) return structuredClone(auditCache);
  const split = referenceLinkSplit();
  const published = seedPublishedLevels();
  const recomputed = analyseMatrix(seedFactorKeys(), split.initial);
  const differences: LevelDifference[] = [];
  published.forEach((p, i) => {
    const c = recomputed.levels[i] ?? 0;
    if (c === p) return;
    const above = split.kept.filter((e) => e.from === i && published[e.to] === p - 1).map((e) => e.to);
    const why =
      above.length === 0
        ? `None of its kept links reaches a factor on level ${p - 1}, the level directly above it, so the standard method places it on level ${c}.`
        : `Its links to level ${p - 1} reach only ${listNames(above)}, which the standard method itself places higher, so it moves up to level ${c} with them.`;
    differences.push({ factor: i, name: nameOf(i), published: p, computed: c, why });
  });
  const ssimLinks = split.kept.length + split.sameLevel.length + split.upward.length;
  auditCache = {
    ssimLinks,
    keptLinks: split.kept.length,
    sameLevelLinks: split.sameLevel.length,
    upwardLinks: split.upward.length,
    computedLevels: recomputed.levels,
    computedLevelCount: recomputed.levelCount,
    differences,
    rawLoops: rawLoopReport(),
  };
  return structuredClone(auditCache);
}

function rawFinding(report: LoopReport, n: number): string {
  const links: NamedLink[] = report.feedbackArcSet.links.map((e) => ({
    ...e,
    fromName: nameOf(e.from),
    toName: nameOf(e.to),
    text: `${nameOf(e.from)} → ${nameOf(e.to)}`,
  }));
  const big = report.loops.find((l) => l.members.length === n);
  return (
    `Taken as printed, the experts' table in ${SEED_SOURCE} links every factor to every other through some chain of ` +
    `influence${big ? `: all ${n} factors form one loop` : ""}, so on its own it gives no order of priority. ` +
    `${links.length === 1 ? "One link closes" : `These ${links.length} links close`} the loop` +
    `${report.feedbackArcSet.method === "exact" ? " (no smaller set does)" : ""}: ${links.map((l) => l.text).join("; ")}.`
  );
}

/**
 * The paper's SSIM analysed as printed (the "experts" view): one loop of all 17 factors, one level.
 * `factors` are the stable keys; notes state the finding and the links that close the loop.
 */
export function rawSsimReferenceModel(): IsmResult {
  const raw = analyseSsim(seedFactorKeys(), seedSsim(), { factorNames: seedFactorNames() });
  const report = rawLoopReport();
  return {
    ...raw,
    notes: [
      `The experts' table of ${SEED_CITATION}, analysed as printed.`,
      rawFinding(report, raw.factors.length),
      `The paper nevertheless publishes ${Math.max(...seedPublishedLevels())} levels; Meyar's reference model uses those levels ` +
        "and keeps only the links consistent with them.",
    ],
  };
}

/** Same as rawSsimReferenceModel (kept for existing callers). */
export function computedSeedModel(): IsmResult {
  return rawSsimReferenceModel();
}

/**
 * The reference model: the published seven levels, and everything else (final reachability,
 * driving and dependence power, MICMAC quadrants, components, digraph edges) computed from the
 * SSIM's direct links that run from a deeper published level to a higher one, closed
 * transitively. `initialReachability` holds those kept links. The structure is acyclic, so every
 * factor is its own component and there are no cycles. `factors` are the stable keys.
 */
export function publishedReferenceModel(): IsmResult {
  const split = referenceLinkSplit();
  const structure = analyseMatrix(seedFactorKeys(), split.initial, { factorNames: seedFactorNames() });
  const audit = referenceAudit();
  const levels = seedPublishedLevels();
  const levelCount = Math.max(...levels);
  const levelMembers: number[][] = Array.from({ length: levelCount }, () => []);
  levels.forEach((lv, i) => levelMembers[lv - 1]?.push(i));
  const diff = audit.differences;
  return {
    ...structure,
    source: "published",
    levels,
    levelCount,
    levelMembers,
    notes: [
      `Reference model: ${SEED_CITATION}. Levels as published (${levelCount} levels).`,
      `Of the experts' ${audit.ssimLinks} direct links, ${audit.keptLinks} run from a deeper level to a higher one and are kept. ` +
        `${audit.sameLevelLinks} links between factors on the same level and ${audit.upwardLinks} links pointing from a higher ` +
        "level down to a deeper one are left out, because the published levels cannot hold them.",
      "Driving and dependence power, the driver/dependence chart and the arrows of the diagram all come from the kept links " +
        "and the influence they pass on indirectly.",
      `Taken as printed, the experts' table links all ${levels.length} factors into one loop; ` +
        `removing ${audit.rawLoops.feedbackArcSet.links.length} of its links would break it. The experts' view shows the details.`,
      diff.length === 0
        ? "Re-deriving the levels from the kept links with the standard method gives the published levels."
        : `Re-deriving the levels from the kept links with the standard method gives ${audit.computedLevelCount} levels: ` +
          `${diff.length} factors sit higher than published (${diff.map((d) => `${d.name} ${d.published} → ${d.computed}`).join(", ")}), ` +
          "because their chain of links to the top is shorter than their published level implies. The published levels are used.",
    ],
  };
}
