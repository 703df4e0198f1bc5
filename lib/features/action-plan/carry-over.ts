// What the results page shows about the plan: which roadmap factors are already in it, and the
// carry-over of done initiatives against the organisation's previous assessment on the same
// framework version (both rounds through the one results loader; the rule is pure, lib/view).
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { Assessment } from "../../platform/db/generated/client.ts";
import { loadAssessmentResults } from "../results/assessment-results.ts";
import { carryOverView, type CarryOverView } from "../../view/results/carry-over.ts";
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

/** The organisation's latest closed or published assessment on the same framework version before this one. */
export async function previousAssessment(db: Db, organizationId: string, current: Assessment) {
  return db.assessment.findFirst({
    where: {
      organizationId,
      frameworkVersion: current.frameworkVersion,
      status: { in: ["CLOSED", "PUBLISHED"] },
      id: { not: current.id },
      createdAt: { lt: current.createdAt },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true },
  });
}

export async function carryOverForResults(
  db: Db,
  org: { id: string },
  assessment: Assessment,
  results: AssessmentResults,
): Promise<CarryOverView> {
  const [done, prev] = await Promise.all([
    db.initiative.findMany({
      where: { organizationId: org.id, status: "DONE" },
      select: { id: true, title: true, factorKeys: true },
      orderBy: { createdAt: "asc" },
    }),
    previousAssessment(db, org.id, assessment),
  ]);
  const loaded = prev ? await loadAssessmentResults(db, { org }, prev.id, { intervals: false }) : null;
  const previous =
    prev && loaded && loaded.results.status === "ok"
      ? { assessmentId: prev.id, name: prev.name, factors: loaded.results.factors.map((f) => ({ key: f.key, name: f.name, mean: f.mean })) }
      : null;
  return carryOverView({
    current: results.status === "ok" ? results.factors.map((f) => ({ key: f.key, name: f.name, mean: f.mean })) : [],
    previous,
    doneInitiatives: done,
  });
}
