// GET /api/v1/initiatives/:id (read) · PATCH /api/v1/initiatives/:id (read-write): only the fields sent change.
import { db } from "@/lib/platform/db/prisma";
import { withApiKey } from "@/lib/delivery/api/guard";
import { getInitiativeV1, READ_INITIATIVES_V1, updateInitiativeV1, WRITE_INITIATIVES_V1 } from "@/lib/delivery/api/initiatives";

export const GET = withApiKey<{ id: string }>(READ_INITIATIVES_V1, () => db, getInitiativeV1);
export const PATCH = withApiKey<{ id: string }>(WRITE_INITIATIVES_V1, () => db, updateInitiativeV1);
