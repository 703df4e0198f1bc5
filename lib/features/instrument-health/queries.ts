// The latest stored instrument-health report of each framework version, for the page. Takes the
// organisation context so that only a caller the guard let through (consultancy or regulator) reads it.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { OrgContext } from "../../platform/access/access.ts";
import { AccessError } from "../../platform/access/access.ts";
import type { InstrumentHealthReport } from "../../domain/scoring/instrument-health.ts";
import { readsInstrumentHealth } from "./access.ts";

export interface InstrumentHealthView {
  frameworkVersion: string;
  computedAt: Date;
  durationMs: number;
  assessments: number;
  respondents: number;
  report: InstrumentHealthReport;
}

export async function latestInstrumentHealth(db: Db, ctx: OrgContext): Promise<InstrumentHealthView[]> {
  if (!readsInstrumentHealth(ctx)) throw new AccessError("not-found", "Not found.");
  // Ids first (no JSON), then only the latest report of each version.
  const heads = await db.instrumentHealthReport.findMany({
    select: { id: true, frameworkVersion: true },
    orderBy: [{ frameworkVersion: "asc" }, { computedAt: "desc" }, { id: "desc" }],
  });
  const ids = new Map<string, string>();
  for (const h of heads) if (!ids.has(h.frameworkVersion)) ids.set(h.frameworkVersion, h.id);
  const rows = await db.instrumentHealthReport.findMany({ where: { id: { in: [...ids.values()] } }, orderBy: { frameworkVersion: "asc" } });
  const latest = rows;
  return latest.map((r) => ({
    frameworkVersion: r.frameworkVersion,
    computedAt: r.computedAt,
    durationMs: r.durationMs,
    assessments: r.assessments,
    respondents: r.respondents,
    report: r.report as unknown as InstrumentHealthReport,
  }));
}
