// What a bank has done of its first steps (the overview's checklist, lib/view/org/getting-started.ts).
// Scoped by the organisation the guard resolved.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { GettingStartedFacts } from "../../view/org/getting-started.ts";

export async function gettingStartedFacts(db: Db, organizationId: string, now = new Date()): Promise<GettingStartedFacts> {
  const [members, invitations, latest, respondents, withResults] = await Promise.all([
    db.membership.count({ where: { organizationId } }),
    db.invitation.count({ where: { organizationId, revokedAt: null, OR: [{ acceptedAt: { not: null } }, { expiresAt: { gt: now } }] } }),
    db.assessment.findFirst({ where: { organizationId }, orderBy: { createdAt: "desc" }, select: { id: true, name: true } }),
    db.respondent.count({ where: { organizationId } }),
    db.assessment.findFirst({
      where: { organizationId, status: { in: ["CLOSED", "PUBLISHED"] } },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    }),
  ]);
  return {
    invitedColleagues: members > 1 || invitations > 0,
    latestAssessment: latest,
    invitedRespondents: respondents > 0,
    assessmentWithResults: withResults?.id ?? null,
  };
}
