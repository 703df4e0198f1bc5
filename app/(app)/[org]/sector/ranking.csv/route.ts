// GET /:org/sector/ranking.csv?round= – the regulator's ranking as CSV (scores only).
import { db } from "@/lib/platform/db/prisma";
import { requireFeature } from "@/lib/features/billing/entitlements";
import { jsonResponse } from "@/lib/platform/http/json-response";
import { currentUser } from "@/lib/platform/access/session";
import { AccessError } from "@/lib/platform/access/access";
import { openSector } from "@/lib/features/supervision/access";
import { loadSector } from "@/lib/features/supervision/sector-view";
import { rankingCsv } from "@/lib/delivery/exports/sector-ranking-csv";
import { parsePeerFilters } from "@/lib/features/benchmark/filters";

export async function GET(request: Request, { params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  try {
    const { org } = await openSector(db, await currentUser(), slug);
    const unpaid = await requireFeature(db, org, "sectorSupervision");
    if (unpaid) return jsonResponse(unpaid);
    const { filters } = parsePeerFilters({ round: new URL(request.url).searchParams.get("round") ?? undefined });
    const view = await loadSector(db, org.id, filters.round);
    return new Response(rankingCsv(view), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="sector-ranking-${view.round ?? "none"}.csv"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof AccessError) return Response.json({ error: e.message }, { status: e.status });
    console.error("[route sector.csv] failed", e instanceof Error ? e.message : e);
    return Response.json({ error: "Something went wrong on our side." }, { status: 500 });
  }
}
