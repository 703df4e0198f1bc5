// Read models for the assessment pages; every query is scoped by the organisation id.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";

import type { RespondentState } from "../../view/assessments/respondent-row.ts";

export type { RespondentState };

export function respondentState(r: { startedAt: Date | null; submittedAt: Date | null; revokedAt: Date | null }): RespondentState {
  if (r.revokedAt) return "revoked";
  if (r.submittedAt) return "submitted";
  return r.startedAt ? "in-progress" : "not-started";
}

export async function listAssessments(db: Db, organizationId: string) {
  const assessments = await db.assessment.findMany({ where: { organizationId }, orderBy: { createdAt: "desc" } });
  const counts = await db.respondent.groupBy({
    by: ["assessmentId"],
    where: { organizationId, revokedAt: null },
    _count: { _all: true, submittedAt: true },
  });
  const byId = new Map(counts.map((c) => [c.assessmentId, { invited: c._count._all, submitted: c._count.submittedAt }]));
  return assessments.map((a) => ({ ...a, respondents: byId.get(a.id) ?? { invited: 0, submitted: 0 } }));
}

export async function getAssessment(db: Db, organizationId: string, id: string) {
  return db.assessment.findFirst({ where: { id, organizationId } });
}

/** Each respondent with answer count and sealed link token (the bank's page and a consultancy's client page). */
export async function listRespondents(db: Db, organizationId: string, assessmentId: string) {
  return db.respondent.findMany({
    where: { organizationId, assessmentId },
    orderBy: [{ group: "asc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      group: true,
      startedAt: true,
      submittedAt: true,
      revokedAt: true,
      lastSentAt: true,
      remindedCount: true,
      tokenSealed: true,
      linkResetAt: true,
      answeredLocale: true,
      _count: { select: { answers: true } },
    },
  });
}
