// GET /api/v1/assessments/:id
import { db } from "@/lib/platform/db/prisma";
import { withApiKey } from "@/lib/delivery/api/guard";
import { getAssessmentV1 } from "@/lib/delivery/api/assessments";

export const GET = withApiKey<{ id: string }>("read", () => db, getAssessmentV1);
