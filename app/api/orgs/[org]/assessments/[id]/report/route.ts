// GET /api/orgs/:org/assessments/:id/report – the executive report as a PDF download (ANALYST and up).
import { db } from "@/lib/platform/db/prisma";
import { withOrg } from "@/lib/features/access/route";
import { REPORT_ACCESS, executiveReportResponse } from "@/lib/delivery/reports/report-response";

// react-pdf needs Node APIs (Buffer, zlib); never the edge runtime.
export const runtime = "nodejs";

export const GET = withOrg<{ org: string; id: string }>(REPORT_ACCESS, (request, ctx, params) =>
  executiveReportResponse(db, ctx, params.id, new URL(request.url)),
);
