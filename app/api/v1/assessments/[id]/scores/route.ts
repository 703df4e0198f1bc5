// GET /api/v1/assessments/:id/scores
import { db } from "@/lib/platform/db/prisma";
import { withApiKey } from "@/lib/delivery/api/guard";
import { assessmentScoresV1 } from "@/lib/delivery/api/assessments";

export const GET = withApiKey<{ id: string }>("read", () => db, assessmentScoresV1);
