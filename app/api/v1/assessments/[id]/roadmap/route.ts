// GET /api/v1/assessments/:id/roadmap?target=2..5
import { db } from "@/lib/db/prisma";
import { withApiKey } from "@/lib/api/guard";
import { assessmentRoadmapV1 } from "@/lib/api/assessments";

export const GET = withApiKey<{ id: string }>("read", () => db, assessmentRoadmapV1);
