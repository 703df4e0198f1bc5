// GET /api/v1/assessments (read) · POST /api/v1/assessments (read-write). See docs/API.md.
import { db } from "@/lib/db/prisma";
import { withApiKey } from "@/lib/api/guard";
import { createAssessmentV1, listAssessmentsV1 } from "@/lib/api/assessments";

export const GET = withApiKey("read", () => db, listAssessmentsV1);
export const POST = withApiKey("write", () => db, createAssessmentV1);
