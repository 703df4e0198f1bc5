// The report route's logic, framework-free (database passed in): load the dashboard's numbers, render.
import "server-only";
import type { OrgContext } from "../../platform/access/access.ts";
import type { Db } from "../../platform/db/connect.ts";
import { loadAssessmentResults } from "../../features/results/assessment-results.ts";
import { parseTargetParam } from "../../view/results/target.ts";
import { renderExecutiveReport, reportFileName } from "./render-report.ts";
import type { OrgGuard } from "../../features/access/guard.ts";
import { recordAudit } from "../../platform/audit.ts";
import { hasFeature } from "../../features/entitlements/entitlements.ts";
import { loadBenchmark } from "../../features/benchmark/benchmark-view.ts";
import type { ReportBenchmark } from "./report-data.ts";
import type { Assessment } from "../../platform/db/generated/client.ts";
import { roundOf } from "../../features/benchmark/pool.ts";
import { loadRoundChange } from "../../features/results/round-change.ts";

/** Who may download the report (the route declares it to the guard): ANALYST and up, on a plan with the PDF report. */
export const REPORT_ACCESS = { minRole: "ANALYST", feature: "pdfReport" } as const satisfies OrgGuard;

/**
 * The bank's position against all institutions, when its plan includes benchmarks: for a published
 * assessment, its own round (so the figure is this report's own score); otherwise the bank's latest
 * published round, and the report says so plainly.
 */
async function reportBenchmark(db: Db, ctx: OrgContext, assessment: Assessment): Promise<ReportBenchmark | null> {
  if (ctx.org.kind !== "BANK" || !(await hasFeature(db, ctx.org, "benchmarkPercentiles"))) return null;
  const own = assessment.status === "PUBLISHED";
  const view = await loadBenchmark(db, ctx.org, own ? { round: roundOf(assessment) } : {});
  if (view.status !== "ok" || !view.hasOwnScores) return null;
  const overall = view.metrics.find((m) => m.kind === "overall");
  return {
    peerGroupLabel: `all institutions, published scores of ${view.round}`,
    roundNote: own
      ? `This is the position of the assessment reported here, as published to the ${view.round} round.`
      : `This assessment is not published to the benchmark, so its scores are not in the pool. The position shown is the bank's latest published assessment (round ${view.round}); its overall score differs from this report's.`,
    peers: view.peerCount,
    overallPercentile: overall?.percentileRank ?? null,
    overall: overall?.peers ? { own: overall.own, q1: overall.peers.q1, median: overall.peers.median, q3: overall.peers.q3 } : null,
  };
}

export async function executiveReportResponse(db: Db, ctx: OrgContext, assessmentId: string, url: URL): Promise<Response> {
  const loaded = await loadAssessmentResults(db, { org: ctx.org }, assessmentId, {
    target: parseTargetParam(url.searchParams.get("target")),
  });
  if (!loaded) return Response.json({ error: "That assessment was not found." }, { status: 404 });
  const { assessment, framework, results, submitted } = loaded;
  // A bank's report says what changed since its previous round, exactly as its results page does.
  const change = ctx.org.kind === "BANK" ? await loadRoundChange(db, ctx.org, assessment, results) : null;
  const pdf = await renderExecutiveReport(
    {
      organization: { name: ctx.org.name, isDemo: ctx.org.isDemo },
      assessment: { name: assessment.name, status: assessment.status, createdAt: assessment.createdAt, closedAt: assessment.closedAt },
      generatedAt: new Date(),
      results,
      submitted,
      benchmark: await reportBenchmark(db, ctx, assessment),
      change: change ? (change.status === "ok" ? { view: change.view } : { message: change.message }) : null,
    },
    framework,
  );
  await recordAudit(db, {
    organizationId: ctx.org.id,
    actorUserId: ctx.user.id,
    action: "assessment.report-downloaded",
    target: assessment.id,
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${reportFileName(assessment.name)}"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "no-store",
    },
  });
}
