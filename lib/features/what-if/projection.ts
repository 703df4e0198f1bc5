// A what-if on one assessment: its current results from the one results loader, the targets projected by
// the pure engine (lib/domain/scenario), the ISM model in force as the constraint, and the peer position
// read off the benchmark's published figures for this bank (loadBenchmark: the one place the disclosure
// rules apply). When the benchmark would show this bank nothing, the projection shows nothing either and
// says why. No peer value leaves the server beyond what the benchmark page shows.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import { fail, ok, type ActionResult } from "../../platform/http/action-result.ts";
import type { ModuleKey } from "../../domain/instrument/types.ts";
import { projectScenario, type ScenarioTargets } from "../../domain/scenario/index.ts";
import { RoadmapInputError } from "../../domain/roadmap/index.ts";
import { loadAssessmentResults, type LoadedResults } from "../results/assessment-results.ts";
import { loadBenchmark } from "../benchmark/benchmark-view.ts";
import { hasFeature } from "../entitlements/entitlements.ts";
import { shownLevel, whatIfView, type PublishedPeers, type WhatIfView } from "../../view/scenario/what-if.ts";

export type { WhatIfView };

/** The bank's own results, scored (not withheld, not empty); else the refusal to show. */
export async function scoredResults(db: Db, org: { id: string }, assessmentId: string): Promise<ActionResult<LoadedResults>> {
  // Same options as the results page, so the stored results it computed are reused.
  const loaded = await loadAssessmentResults(db, { org }, assessmentId);
  if (!loaded) return fail(404, "That assessment was not found.");
  if (loaded.results.status !== "ok")
    return fail(409, loaded.results.message ?? "This assessment has no scores yet, so there is nothing to project.");
  return ok(loaded);
}

export const currentFactorScores = (loaded: LoadedResults): Record<string, number | null> =>
  Object.fromEntries(loaded.results.factors.map((f) => [f.key, f.mean]));

/** The projection alone (pure once loaded): the scoring engine's aggregation, the model's drivers as flags. */
export function projectLoaded(loaded: LoadedResults, targets: ScenarioTargets) {
  const { model } = loaded;
  const input = {
    framework: loaded.framework,
    modules: loaded.assessment.modules as ModuleKey[],
    current: currentFactorScores(loaded),
    targets,
    hierarchy: model.model.source === "published" ? ("levels" as const) : ("reachability" as const),
    levelOf: shownLevel,
  };
  try {
    return projectScenario({ ...input, ism: model.model });
  } catch (e) {
    // A custom model the roadmap cannot read (it says so on the page) constrains nothing here either.
    if (e instanceof RoadmapInputError) return projectScenario({ ...input, ism: null });
    throw e;
  }
}

export type PeerFigures =
  { status: "ok"; round: number; peerCount: number; figures: PublishedPeers } | { status: "unavailable"; reason: string };

/** The bank's published peer figures (one benchmark load, whatever the number of projections). */
export async function publishedPeers(db: Db, org: { id: string }): Promise<PeerFigures> {
  // Like the executive PDF: peer figures only for a plan with the benchmark (the benchmark page answers 402).
  if (!(await hasFeature(db, org, "benchmarkPercentiles")))
    return { status: "unavailable", reason: "Peer positions are part of the plans with the benchmark (Professional and up)." };
  const view = await loadBenchmark(db, org, {});
  if (view.status !== "ok" || view.round === null)
    return { status: "unavailable", reason: view.status === "ok" ? "No peer round." : view.reason };
  return {
    status: "ok",
    round: view.round,
    peerCount: view.peerCount,
    figures: Object.fromEntries(view.metrics.map((m) => [m.key, m.peers])),
  };
}

export async function projectForAssessment(
  db: Db,
  org: { id: string },
  assessmentId: string,
  targets: ScenarioTargets,
): Promise<ActionResult<WhatIfView>> {
  const loaded = await scoredResults(db, org, assessmentId);
  if (!loaded.ok) return loaded;
  return projectWith(loaded.data, targets, await publishedPeers(db, org));
}

/** The projection for callers that already hold the scored results and the peers (the results page, a comparison). */
export function projectWith(loaded: LoadedResults, targets: ScenarioTargets, peers: PeerFigures): ActionResult<WhatIfView> {
  const results = loaded.results;
  const scored = new Set(results.factors.filter((f) => f.mean !== null).map((f) => f.key));
  const outside = Object.keys(targets).filter((k) => !scored.has(k));
  if (outside.length)
    return fail(422, "Please correct the highlighted fields.", {
      targets: [`Not a scored factor of this assessment: ${outside.slice(0, 5).join(", ")}.`],
    });
  const projection = projectLoaded(loaded, targets);
  const names = {
    modules: Object.fromEntries(results.modules.map((m) => [m.key, m.name])),
    categories: Object.fromEntries(results.categories.map((c) => [`${c.moduleKey}/${c.key}`, c.name])),
    factors: Object.fromEntries(results.factors.map((f) => [f.key, f.name])),
  };
  return ok(whatIfView(projection, names, peers));
}
