// The organisation's rounds for the overview's history: every closed or published assessment, oldest first,
// each through the one results loader (stored results, so a figure here is the round's results page figure).
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import { getFramework } from "../../domain/instrument/index.ts";
import { roundHistoryView, type RoundHistoryInput, type RoundHistoryView } from "../../view/results/round-history.ts";
import { roundOf } from "../benchmark/pool.ts";
import { loadAssessmentResults } from "./assessment-results.ts";

/** The latest rounds shown; older ones stay on their own results pages. */
export const HISTORY_ROUNDS = 10;

export async function loadRoundHistory(db: Db, org: { id: string }): Promise<RoundHistoryView> {
  const latest = await db.assessment.findMany({
    where: { organizationId: org.id, status: { in: ["CLOSED", "PUBLISHED"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, status: true, frameworkVersion: true, closedAt: true, createdAt: true },
    take: HISTORY_ROUNDS,
  });
  const rounds: RoundHistoryInput[] = [];
  for (const a of latest.reverse()) {
    if (!getFramework(a.frameworkVersion)) continue;
    const loaded = await loadAssessmentResults(db, { org }, a.id);
    if (!loaded) continue;
    rounds.push({
      assessmentId: a.id,
      name: a.name,
      round: roundOf(a),
      frameworkVersion: a.frameworkVersion,
      status: a.status as RoundHistoryInput["status"],
      results: loaded.results,
    });
  }
  return roundHistoryView(rounds);
}
