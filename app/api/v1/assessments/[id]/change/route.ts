// GET /api/v1/assessments/:id/change – the change of every score since the previous round (banks)
import { db } from "@/lib/platform/db/prisma";
import { withApiKey } from "@/lib/delivery/api/guard";
import { assessmentChangeV1 } from "@/lib/delivery/api/assessments";

export const GET = withApiKey<{ id: string }>("read", () => db, assessmentChangeV1);
