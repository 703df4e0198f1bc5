// Loads an assessment's submitted answers as the scoring engine's input. One flat query (not one per
// respondent) so that 500 respondents × 100+ statements load in one round trip.
import type { Db } from "../../platform/db/connect.ts";
import type { LikertAnswer } from "../../domain/instrument/index.ts";
import type { ResponseInput } from "../../domain/scoring/index.ts";

export async function loadSubmittedResponses(
  db: Pick<Db, "$queryRaw">,
  organizationId: string,
  assessmentId: string,
): Promise<ResponseInput[]> {
  const rows = await db.$queryRaw<{ respondentId: string; group: string; itemKey: string; value: number | null }[]>`
    SELECT r.id AS "respondentId", r."group", a."itemKey", a.value
      FROM "Respondent" r JOIN "Answer" a ON a."respondentId" = r.id
     WHERE r."organizationId" = ${organizationId} AND r."assessmentId" = ${assessmentId}
       AND r."submittedAt" IS NOT NULL AND r."revokedAt" IS NULL`;
  const byRespondent = new Map<string, { group: string; answers: Record<string, LikertAnswer> }>();
  for (const row of rows) {
    let response = byRespondent.get(row.respondentId);
    if (!response) {
      response = { group: row.group, answers: {} };
      byRespondent.set(row.respondentId, response);
    }
    response.answers[row.itemKey] = row.value as LikertAnswer;
  }
  return [...byRespondent].map(([respondentId, r]) => ({ respondentId, group: r.group, answers: r.answers }));
}
