// Loops (strongly connected components of more than one factor) explained in plain words, with
// the remedies a facilitator uses: a small set of direct links that closes each loop, a stricter
// aggregation threshold (when the panel's individual SSIMs are at hand), sending those pairs back
// to the experts, or ordering the factors inside the loop by their direct influence.

import { aggregateSsims, type AggregationRule } from "./aggregate";
import { closeBits, fromMatrix, transpose } from "./bitset";
import { stronglyConnected } from "./components";
import { DEMATEL_CITATION, dematel } from "./dematel";
import { EXACT_LIMIT, feedbackArcSet, type FeedbackArcSet } from "./feedback-arcs";
import { ssimToMatrix } from "./ssim";
import type { IsmEdge, IsmResult } from "./types";

export const WARFIELD_CITATION =
  "Warfield, J. N. (1974). Developing interconnection matrices in structural modeling. " +
  "IEEE Transactions on Systems, Man, and Cybernetics, SMC-4(1), 81–87.";

/** A direct link with the names of its two factors. */
export interface NamedLink extends IsmEdge {
  fromName: string;
  toName: string;
  /** "From → To". */
  text: string;
}

export type WithinLoopMethod = "within-loop-driving" | "dematel";

export interface ComponentOrdering {
  /** Members of the loop, strongest direct influence first. */
  order: number[];
  orderNames: string[];
  method: WithinLoopMethod;
  /** Plain-words name of the method. */
  methodName: string;
  citation: string;
  /** Per member (same order as `order`): the primary score and the tie-breaker. */
  scores: { factor: number; name: string; primary: number; secondary: number }[];
}

export interface ThresholdRemedy {
  kind: "stricter-threshold";
  /** False when the panel's individual SSIMs were not supplied. */
  available: boolean;
  /** Smallest share of experts that must assert a link for it to be kept so that the loop breaks. */
  threshold: number | null;
  /** The same as a head count (ceil(threshold · experts)). */
  expertsNeeded: number | null;
  expertCount: number | null;
  explanation: string;
}

export interface SendBackRemedy {
  kind: "send-back";
  pairs: NamedLink[];
  explanation: string;
}

export interface OrderRemedy {
  kind: "order-by-influence";
  orderings: ComponentOrdering[];
  explanation: string;
}

export type LoopRemedy = ThresholdRemedy | SendBackRemedy | OrderRemedy;

export interface LoopExplanation {
  /** 0-based factor indices of the loop, ascending. */
  members: number[];
  memberNames: string[];
  /** Direct links whose removal breaks this loop (a minimum set when `exact`). */
  closingLinks: NamedLink[];
  exact: boolean;
  /** "These 3 links close a loop among 9 factors: A → B, …". */
  explanation: string;
  remedies: LoopRemedy[];
}

export interface LoopReport {
  loops: LoopExplanation[];
  /** All closing links, over every loop. */
  feedbackArcSet: FeedbackArcSet;
  /** One plain sentence for the whole model. */
  summary: string;
}

export interface LoopOptions {
  /** The panel's individual SSIMs (upper triangles, in `model.factors` order), for the threshold remedy. */
  expertSsims?: readonly (readonly string[])[];
  /** Time budget of the heuristic for loops larger than the exact limit. */
  budgetMs?: number;
}

function displayNames(model: IsmResult): string[] {
  return model.factors.map((f, i) => model.factorNames?.[i] ?? f);
}

function named(names: readonly string[], e: IsmEdge): NamedLink {
  const fromName = names[e.from] ?? String(e.from);
  const toName = names[e.to] ?? String(e.to);
  return { from: e.from, to: e.to, fromName, toName, text: `${fromName} → ${toName}` };
}

const plural = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;

/** Loops of a 0/1 direct matrix (components of its closure with more than one member). */
export function loopsOf(initial: readonly (readonly number[])[]): number[][] {
  const n = initial.length;
  const reach = closeBits(fromMatrix(initial.map((row, i) => row.map((v, j) => (i === j ? 1 : v)))));
  return stronglyConnected(reach, transpose(reach, n), n).components.filter((c) => c.length > 1);
}

/**
 * Orders the members of every loop of `model` by their direct influence inside the loop:
 * "within-loop-driving" — the number of loop members a factor influences directly (its driving
 * power in the initial reachability matrix, within the loop), ties broken by fewer direct
 * influences received; "dematel" — DEMATEL relation r − c on the loop's direct links, ties by
 * prominence r + c.
 */
export function orderWithinComponents(model: IsmResult, method: WithinLoopMethod = "within-loop-driving"): ComponentOrdering[] {
  const names = displayNames(model);
  const init = model.initialReachability;
  return loopsOf(init).map((members) => {
    const sub: number[][] = members.map((a) => members.map((b) => (a !== b && init[a]?.[b] === 1 ? 1 : 0)));
    let primary: number[];
    let secondary: number[];
    if (method === "dematel") {
      const d = dematel(sub);
      primary = d.relation;
      secondary = d.prominence;
    } else {
      primary = sub.map((row) => row.reduce((s, v) => s + v, 0));
      // Fewer direct influences received ranks higher, so the tie-breaker is its negative.
      secondary = members.map((_, j) => -sub.reduce((s, row) => s + (row[j] ?? 0), 0));
    }
    const idx = members.map((_, k) => k);
    idx.sort(
      (x, y) => (primary[y] ?? 0) - (primary[x] ?? 0) || (secondary[y] ?? 0) - (secondary[x] ?? 0) || (members[x] ?? 0) - (members[y] ?? 0),
    );
    const order = idx.map((k) => members[k] ?? 0);
    return {
      order,
      orderNames: order.map((i) => names[i] ?? String(i)),
      method,
      methodName:
        method === "dematel"
          ? "DEMATEL net influence (influence given minus received, counting indirect influence)"
          : "Direct influence inside the loop (how many loop members a factor influences directly)",
      citation: method === "dematel" ? DEMATEL_CITATION : WARFIELD_CITATION,
      scores: idx.map((k) => ({
        factor: members[k] ?? 0,
        name: names[members[k] ?? 0] ?? "",
        primary: primary[k] ?? 0,
        secondary: secondary[k] ?? 0,
      })),
    };
  });
}

/**
 * The smallest aggregation threshold (a share of the panel, one of k/m) at which no two of
 * `members` (default: any factors) remain in one loop; null when even unanimity keeps the loop.
 */
export function thresholdToBreakLoop(
  factors: readonly string[],
  expertSsims: readonly (readonly string[])[],
  members?: readonly number[],
): { threshold: number; expertsNeeded: number; expertCount: number } | null {
  const m = expertSsims.length;
  for (let k = 1; k <= m; k++) {
    const rule: AggregationRule = { kind: "threshold", threshold: k / m };
    const agg = aggregateSsims(factors, expertSsims, rule);
    const loops = loopsOf(ssimToMatrix(factors, agg.ssim));
    const watched = members === undefined ? null : new Set(members);
    const stillLooped = loops.some((c) => (watched === null ? true : c.filter((i) => watched.has(i)).length > 1));
    if (!stillLooped) return { threshold: k / m, expertsNeeded: k, expertCount: m };
  }
  return null;
}

/** Explains every loop of `model` and lists the remedies. A model without loops gets an empty list. */
export function explainLoops(model: IsmResult, options: LoopOptions = {}): LoopReport {
  const names = displayNames(model);
  const fas = feedbackArcSet(model.initialReachability, options.budgetMs);
  const loops = loopsOf(model.initialReachability);
  const loopOf = new Map<number, number>();
  loops.forEach((c, k) => c.forEach((i) => loopOf.set(i, k)));
  const byDriving = orderWithinComponents(model, "within-loop-driving");
  const byDematel = orderWithinComponents(model, "dematel");
  const explained = loops.map((members, k): LoopExplanation => {
    const closing = fas.links.filter((e) => loopOf.get(e.from) === k && loopOf.get(e.to) === k).map((e) => named(names, e));
    const exact = members.length <= EXACT_LIMIT;
    const memberNames = members.map((i) => names[i] ?? String(i));
    const explanation =
      `${closing.length === 1 ? "This link closes" : `These ${closing.length} links close`} a loop among ` +
      `${members.length} factors: ${closing.map((l) => l.text).join("; ")}. ` +
      `Without ${closing.length === 1 ? "it" : "them"} the ${members.length} factors form a hierarchy` +
      `${exact ? "; no smaller set of links does this" : ""}.`;
    let threshold: ThresholdRemedy;
    if (options.expertSsims === undefined || options.expertSsims.length === 0) {
      threshold = {
        kind: "stricter-threshold",
        available: false,
        threshold: null,
        expertsNeeded: null,
        expertCount: null,
        explanation:
          "Keep a link only when more of the experts assert it. The experts' individual answers are needed to compute the threshold.",
      };
    } else {
      const t = thresholdToBreakLoop(model.factors, options.expertSsims, members);
      threshold =
        t === null
          ? {
              kind: "stricter-threshold",
              available: true,
              threshold: null,
              expertsNeeded: null,
              expertCount: options.expertSsims.length,
              explanation: "Even links every expert asserts close this loop, so a stricter threshold does not break it.",
            }
          : {
              kind: "stricter-threshold",
              available: true,
              threshold: t.threshold,
              expertsNeeded: t.expertsNeeded,
              expertCount: t.expertCount,
              explanation: `Keep a link only when at least ${t.expertsNeeded} of the ${t.expertCount} experts assert it; the loop then breaks.`,
            };
    }
    const ordering = [byDriving[k], byDematel[k]].filter((o): o is ComponentOrdering => o !== undefined);
    return {
      members,
      memberNames,
      closingLinks: closing,
      exact,
      explanation,
      remedies: [
        threshold,
        {
          kind: "send-back",
          pairs: closing,
          explanation: `Ask the experts to look again at ${plural(closing.length, "pair", "pairs")}: does the first factor really pave the way for the second?`,
        },
        {
          kind: "order-by-influence",
          orderings: ordering,
          explanation: "Keep the loop and work on its factors together, starting with those that influence the others most directly.",
        },
      ],
    };
  });
  const summary =
    explained.length === 0
      ? "The model has no loops: every factor sits on a hierarchy."
      : `The model has ${plural(explained.length, "loop", "loops")}; ` +
        `removing ${plural(fas.links.length, "direct link", "direct links")} would turn it into a hierarchy.`;
  return { loops: explained, feedbackArcSet: fas, summary };
}
