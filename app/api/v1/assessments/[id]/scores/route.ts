// GET /api/v1/assessments/:id/scores
import { db } from "@/lib/db/prisma";
import { withApiKey } from "@/lib/api/guard";
import { assessmentScoresV1 } from "@/lib/api/assessments";

export const GET = withApiKey<{ id: string }>("read", () => db, assessmentScoresV1);
