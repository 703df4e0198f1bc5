// GET /api/orgs/:org/initiatives/export?format=csv|json – the bank's action plan as a download (ANALYST and up). Columns: docs/EXPORTS.md.
import { db } from "@/lib/platform/db/prisma";
import { withOrg } from "@/lib/features/access/route";
import { exportInitiatives, PLAN_EXPORT_ACCESS } from "@/lib/delivery/exports/initiatives";

export const GET = withOrg<{ org: string }>(PLAN_EXPORT_ACCESS, (request, ctx) => exportInitiatives(db, ctx, new URL(request.url)));
