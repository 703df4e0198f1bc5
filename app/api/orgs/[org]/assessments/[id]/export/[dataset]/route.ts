// GET /api/orgs/:org/assessments/:id/export/:dataset?format=csv|json – scores, roadmap (ANALYST and up)
// or raw answers (the bank's OWNER/ADMIN), as a download. Columns: docs/EXPORTS.md.
import { db } from "@/lib/platform/db/prisma";
import { withOrg } from "@/lib/features/access/route";
import { EXPORT_ACCESS, exportDataset } from "@/lib/delivery/exports/download";

export const GET = withOrg<{ org: string; id: string; dataset: string }>(EXPORT_ACCESS, (request, ctx, params) =>
  exportDataset(db, ctx, params.id, params.dataset, new URL(request.url)),
);
