// GET /:org/sector/ranking.csv?round= – the regulator's ranking as CSV (scores only).
import { db } from "@/lib/platform/db/prisma";
import { withOrg } from "@/lib/features/access/route";
import { SECTOR } from "@/lib/features/access/requirements";
import { loadSector } from "@/lib/features/supervision/sector-view";
import { rankingCsv } from "@/lib/delivery/exports/sector-ranking-csv";
import { parsePeerFilters } from "@/lib/features/benchmark/filters";

export const GET = withOrg(SECTOR, async (request, { org }) => {
  const { filters } = parsePeerFilters({ round: new URL(request.url).searchParams.get("round") ?? undefined });
  const view = await loadSector(db, org.id, filters.round);
  return new Response(rankingCsv(view), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="sector-ranking-${view.round ?? "none"}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
