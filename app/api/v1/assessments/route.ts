// GET /api/v1/assessments (read) · POST /api/v1/assessments (read-write). See docs/API.md.
import { db } from "@/lib/platform/db/prisma";
import { withApiKey } from "@/lib/delivery/api/guard";
import { CREATE_ASSESSMENT_V1, createAssessmentV1, listAssessmentsV1 } from "@/lib/delivery/api/assessments";

export const GET = withApiKey("read", () => db, listAssessmentsV1);
export const POST = withApiKey(CREATE_ASSESSMENT_V1, () => db, createAssessmentV1);
