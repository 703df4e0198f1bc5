// What the results page shows about the plan: which roadmap factors are already in it, and the
// carry-over of done initiatives, read off the round change the page already computed (one previous
// round, one comparison; the rule is pure, lib/view).
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import { carryOverView, type CarryOverView } from "../../view/results/carry-over.ts";
import type { RoundChangeOutcome } from "../../view/results/round-change.ts";
import type { AssessmentResults } from "../../view/results/types.ts";

/** Factor key → the open (planned or in progress) or done initiative that covers it. */
export async function plannedFactors(db: Db, organizationId: string): Promise<Record<string, { id: string; status: string }>> {
  const rows = await db.initiative.findMany({
    where: { organizationId, status: { in: ["PLANNED", "IN_PROGRESS", "DONE"] } },
    select: { id: true, status: true, factorKeys: true },
    orderBy: { createdAt: "asc" },
  });
  const out: Record<string, { id: string; status: string }> = {};
  // An open initiative wins over a done one: "in the plan" is what the button should say.
  for (const r of rows.sort((a, b) => (a.status === "DONE" ? 1 : 0) - (b.status === "DONE" ? 1 : 0)))
    for (const k of r.factorKeys) out[k] ??= { id: r.id, status: r.status };
  return out;
}

export async function carryOverForResults(
  db: Db,
  org: { id: string },
  results: AssessmentResults,
  change: RoundChangeOutcome,
): Promise<CarryOverView> {
  const done = await db.initiative.findMany({
    where: { organizationId: org.id, status: "DONE" },
    select: { id: true, title: true, factorKeys: true },
    orderBy: { createdAt: "asc" },
  });
  return carryOverView({
    current: results.status === "ok" ? results.factors.map((f) => ({ key: f.key, name: f.name })) : [],
    change,
    doneInitiatives: done,
  });
}
