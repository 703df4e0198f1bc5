// GET /:org/clients/comparison.csv – the client comparison as CSV (ANALYST and up; columns in
// docs/ISM-STUDIES.md, "Portfolio" section). Consultancies only; revoked clients never appear.
import { db } from "@/lib/platform/db/prisma";
import { currentUser } from "@/lib/platform/access/session";
import { jsonResponse } from "@/lib/platform/http/json-response";
import { exportComparisonCsv } from "@/lib/features/portfolio/compare";

export async function GET(_request: Request, { params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const result = await exportComparisonCsv(db, await currentUser(), org);
  if (!result.ok) return jsonResponse(result);
  return new Response(result.data.csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${result.data.filename}"`,
      "cache-control": "no-store",
    },
  });
}
