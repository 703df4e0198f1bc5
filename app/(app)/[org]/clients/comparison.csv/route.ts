// GET /:org/clients/comparison.csv – the client comparison as CSV (ANALYST and up; columns in
// docs/ISM-STUDIES.md, "Portfolio" section). Consultancies only; revoked clients never appear.
import { withOrg } from "@/lib/auth/with-org";
import { db } from "@/lib/db/prisma";
import { comparisonCsv, loadComparison } from "@/lib/portfolio/compare";

export const GET = withOrg<{ org: string }>("ANALYST", async (_request, ctx) => {
  if (ctx.org.kind !== "CONSULTANCY") return Response.json({ error: "Not found." }, { status: 404 });
  // plan gate: portfolio
  const csv = comparisonCsv(await loadComparison(db, ctx.org.id));
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${ctx.org.slug}-client-comparison-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
});
