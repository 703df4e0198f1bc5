// GET /api/v1/assessments/:id
import { db } from "@/lib/db/prisma";
import { withApiKey } from "@/lib/api/guard";
import { getAssessmentV1 } from "@/lib/api/assessments";

export const GET = withApiKey<{ id: string }>("read", () => db, getAssessmentV1);
