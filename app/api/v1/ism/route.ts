// POST /api/v1/ism – ISM computation of a posted SSIM (read keys suffice: it stores nothing).
import { db } from "@/lib/platform/db/prisma";
import { withApiKey } from "@/lib/delivery/api/guard";
import { computeIsmV1 } from "@/lib/delivery/api/ism";

export const POST = withApiKey("read", () => db, computeIsmV1);
