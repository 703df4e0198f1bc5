// GET /api/v1/assessments/:id/roadmap?target=2..5
import { db } from "@/lib/platform/db/prisma";
import { withApiKey } from "@/lib/delivery/api/guard";
import { assessmentRoadmapV1 } from "@/lib/delivery/api/assessments";

export const GET = withApiKey<{ id: string }>("read", () => db, assessmentRoadmapV1);
