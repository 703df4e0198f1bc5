// Computes and stores the instrument-health report of each framework version from the submitted answers
// of every PUBLISHED assessment (the pool the benchmark draws on). Answers are loaded one assessment at a
// time and folded into moments, so memory stays bounded whatever the pool's size.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import { getFramework, type ModuleKey } from "../../domain/instrument/index.ts";
import { InstrumentHealthAccumulator, type InstrumentHealthReport } from "../../domain/scoring/instrument-health.ts";
import { loadSubmittedResponses } from "../results/responses.ts";

export interface StoredHealthRun {
  id: string;
  frameworkVersion: string;
  durationMs: number;
  report: InstrumentHealthReport;
}

export async function runInstrumentHealth(
  db: Db,
  opts: { frameworkVersion?: string; now?: () => number } = {},
): Promise<StoredHealthRun[]> {
  const now = opts.now ?? (() => performance.now());
  const published = await db.assessment.findMany({
    where: { status: "PUBLISHED", ...(opts.frameworkVersion ? { frameworkVersion: opts.frameworkVersion } : {}) },
    select: { id: true, organizationId: true, frameworkVersion: true, modules: true },
    orderBy: { id: "asc" },
  });
  const versions = [...new Set(published.map((a) => a.frameworkVersion))].sort();
  const out: StoredHealthRun[] = [];
  for (const version of versions) {
    const framework = getFramework(version);
    if (!framework) continue; // a version this build does not know cannot be analysed; nothing to store
    const started = now();
    const acc = new InstrumentHealthAccumulator(framework);
    for (const a of published.filter((x) => x.frameworkVersion === version)) {
      const responses = await loadSubmittedResponses(db, a.organizationId, a.id);
      if (responses.length > 0) acc.add(a.id, a.modules as ModuleKey[], responses);
    }
    const report = acc.report();
    const durationMs = Math.round(now() - started);
    const row = await db.instrumentHealthReport.create({
      data: {
        frameworkVersion: version,
        durationMs,
        assessments: report.assessments,
        respondents: report.respondents,
        report: report as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    out.push({ id: row.id, frameworkVersion: version, durationMs, report });
  }
  return out;
}
