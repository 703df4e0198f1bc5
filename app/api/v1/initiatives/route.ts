// GET /api/v1/initiatives (read) · POST /api/v1/initiatives (read-write). A bank's action plan; see docs/API.md.
import { db } from "@/lib/platform/db/prisma";
import { withApiKey } from "@/lib/delivery/api/guard";
import { createInitiativeV1, listInitiativesV1, READ_INITIATIVES_V1, WRITE_INITIATIVES_V1 } from "@/lib/delivery/api/initiatives";

export const GET = withApiKey(READ_INITIATIVES_V1, () => db, listInitiativesV1);
export const POST = withApiKey(WRITE_INITIATIVES_V1, () => db, createInitiativeV1);
