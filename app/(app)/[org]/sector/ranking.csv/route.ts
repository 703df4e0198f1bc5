// GET /:org/sector/ranking.csv?round=&sizeBand=&ownership=&region= – the regulator's ranking as CSV
// (scores only), with the sector page's filters.
import { db } from "@/lib/platform/db/prisma";
import { withOrg } from "@/lib/features/access/route";
import { SECTOR } from "@/lib/features/access/requirements";
import { loadSector } from "@/lib/features/supervision/sector-view";
import { rankingCsv } from "@/lib/delivery/exports/sector-ranking-csv";
import { parseSectorFilters } from "@/lib/features/supervision/filters";

export const GET = withOrg(SECTOR, async (request, { org }) => {
  const { filters } = parseSectorFilters(Object.fromEntries(new URL(request.url).searchParams));
  const view = await loadSector(db, org.id, filters);
  return new Response(rankingCsv(view), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="sector-ranking-${view.round ?? "none"}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
