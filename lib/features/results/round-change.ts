// Change since the organisation's previous round: the latest earlier closed or published assessment,
// compared over the factors both measured (lib/domain/scoring/round-change.ts). Both rounds must clear
// the anonymity threshold (their results status is "ok"), or no change is shown at all. The comparison
// (a two-sample bootstrap over every score) is computed once per change of either round and stored like
// the results themselves (stored-results.ts): its key covers both rounds' submitted answers and statuses.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { Assessment } from "../../platform/db/generated/client.ts";
import { getFramework, type ModuleKey } from "../../domain/instrument/index.ts";
import { roundChange } from "../../domain/scoring/round-change.ts";
import { roundChangeView, type RoundChangeOutcome } from "../../view/results/round-change.ts";
import type { AssessmentResults } from "../../view/results/types.ts";
import { loadAssessmentResults } from "./assessment-results.ts";
import { loadSubmittedResponses } from "./responses.ts";
import { resultsKey, storedOrComputed } from "./stored-results.ts";

/**
 * The earlier closed or published assessments of the organisation, latest first, on any framework version: the
 * candidates for "the previous round" (a few are enough; the first with results to show is the one compared).
 */
export async function earlierRounds(db: Db, organizationId: string, current: Assessment, take = 6) {
  return db.assessment.findMany({
    where: { organizationId, status: { in: ["CLOSED", "PUBLISHED"] }, id: { not: current.id }, createdAt: { lt: current.createdAt } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, frameworkVersion: true, modules: true, status: true },
    take,
  });
}

/**
 * The round change's stored-results key: both rounds' submitted answers and statuses, and the build. The
 * anonymity threshold is not in it: it only decides whether the change is shown (the results' status, checked
 * on every load), not what it is.
 */
async function roundChangeKey(db: Db, current: Assessment, previous: { id: string; status: string }) {
  const anonymityThreshold = 0;
  const before = await resultsKey(db, {
    assessmentId: previous.id,
    status: previous.status,
    modelKey: "-",
    anonymityThreshold,
    options: "round-change:before",
  });
  return resultsKey(db, {
    assessmentId: current.id,
    status: current.status,
    modelKey: before,
    anonymityThreshold,
    options: "round-change",
  });
}

export async function loadRoundChange(
  db: Db,
  org: { id: string },
  current: Assessment,
  results: AssessmentResults,
): Promise<RoundChangeOutcome> {
  const candidates = await earlierRounds(db, org.id, current);
  if (candidates.length === 0)
    return { status: "none", message: "There is no earlier closed assessment to compare with; change shows from the next round." };
  const curFramework = getFramework(current.frameworkVersion);
  if (!curFramework || results.status !== "ok")
    return { status: "none", message: "This round has too few submitted questionnaires to compare with an earlier one." };
  // The previous round is the latest earlier one with results to show: a round below the anonymity threshold
  // (or on a framework no longer known) has no scores to compare, so the one before it is used, and named.
  let prev: (typeof candidates)[number] | undefined;
  for (const candidate of candidates) {
    const loaded = getFramework(candidate.frameworkVersion)
      ? await loadAssessmentResults(db, { org }, candidate.id, { intervals: false })
      : null;
    if (loaded?.results.status === "ok") {
      prev = candidate;
      break;
    }
  }
  if (!prev)
    return {
      status: "none",
      message: `No earlier closed assessment has enough submitted questionnaires to compare with (latest: ${candidates[0]!.name}).`,
    };
  const prevFramework = getFramework(prev.frameworkVersion)!;
  const key = await roundChangeKey(db, current, prev);
  const { change } = await storedOrComputed(
    db,
    { assessmentId: current.id, organizationId: org.id, variant: "round-change", key },
    async () => {
      const [before, after] = await Promise.all([
        loadSubmittedResponses(db, org.id, prev.id),
        loadSubmittedResponses(db, org.id, current.id),
      ]);
      return {
        change: roundChange(
          { framework: prevFramework, modules: prev.modules as ModuleKey[], responses: before },
          { framework: curFramework, modules: current.modules as ModuleKey[], responses: after },
        ),
      };
    },
  );
  if (!change) return { status: "none", message: `${prev.name} measured none of this round's factors.` };
  const names = new Map<string, string>([
    ...results.modules.map((m) => [`module:${m.key}`, m.name] as const),
    ...results.categories.map((c) => [`category:${c.key}`, c.name] as const),
    ...results.factors.map((f) => [`factor:${f.key}`, f.name] as const),
  ]);
  return { status: "ok", view: roundChangeView(change, { assessmentId: prev.id, name: prev.name }, names) };
}
