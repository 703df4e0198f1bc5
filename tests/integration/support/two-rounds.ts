// Two scored rounds of one bank a year apart: the second with training answered higher and motivation lower,
// everything else as before (the fixture of the action plan's carry-over and of the change between rounds).
import type { Db } from "../../../lib/platform/db/connect.ts";
import { createScoredAssessment } from "./scored-assessment.ts";

export async function createTwoRounds(db: Db, organizationId: string): Promise<{ previousId: string; currentId: string }> {
  const previousId = (await createScoredAssessment(db, organizationId, { name: "Round 2025", createdAt: new Date("2025-06-01T00:00:00Z") }))
    .id;
  const currentId = (await createScoredAssessment(db, organizationId, { name: "Round 2026", createdAt: new Date("2026-06-01T00:00:00Z") }))
    .id;
  await db.answer.updateMany({
    where: { respondent: { assessmentId: currentId }, itemKey: { startsWith: "ecrm.training." } },
    data: { value: 5 },
  });
  await db.answer.updateMany({
    where: { respondent: { assessmentId: currentId }, itemKey: { startsWith: "ecrm.motivation." } },
    data: { value: 1 },
  });
  return { previousId, currentId };
}
