// GET /:org/sector/time-series.csv?ownership=&sizeBand=&region= – every reporting institution × round ×
// metric as CSV (published scores only), with the sector page's filters.
import { db } from "@/lib/platform/db/prisma";
import { withOrg } from "@/lib/features/access/route";
import { SECTOR } from "@/lib/features/access/requirements";
import { parseSectorFilters } from "@/lib/features/supervision/filters";
import { sectorTimeSeries } from "@/lib/features/supervision/time-series";
import { timeSeriesCsv } from "@/lib/delivery/exports/sector-time-series-csv";

export const GET = withOrg(SECTOR, async (request, { org }) => {
  const { filters, errors } = parseSectorFilters(Object.fromEntries(new URL(request.url).searchParams));
  if (errors.length > 0) return Response.json({ error: errors.join(" ") }, { status: 422 });
  const rows = await sectorTimeSeries(db, org.id, filters);
  return new Response(timeSeriesCsv(rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="sector-time-series.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
