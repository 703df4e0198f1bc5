// The export route's logic, framework-free (database and caller passed in) so tests run it directly.
// Scores and roadmap: ANALYST and up. Raw answers: the bank's own OWNER/ADMIN only.
import "server-only";
import type { OrgGuard } from "../../features/access/guard.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { Db } from "../../platform/db/connect.ts";
import type { OrgContext } from "../../platform/access/access.ts";
import { hasRole } from "../../platform/access/roles.ts";
import { getFramework, type ModuleKey } from "../../domain/instrument/index.ts";
import { loadAssessmentResults } from "../../features/results/assessment-results.ts";
import { parseTargetParam } from "../../view/results/target.ts";
import { toCsv, toRecords } from "../../platform/http/csv.ts";
import { rawAnswersCsvStream, rawAnswersJsonStream } from "./raw-answers.ts";
import { ROADMAP_COLUMNS, roadmapRows } from "./roadmap.ts";
import { SCORE_COLUMNS, scoreRows } from "./scores.ts";
import { QUALITY_COLUMNS, qualityRows } from "./measurement-quality.ts";
import { CHANGE_COLUMNS, changeRows } from "./round-change.ts";
import { loadRoundChange } from "../../features/results/round-change.ts";

/** Who may download (the route declares it to the guard): ANALYST and up, on a plan with exports. */
export const EXPORT_ACCESS = { minRole: "ANALYST", feature: "exports" } as const satisfies OrgGuard;

export const DATASETS = ["scores", "roadmap", "measurement-quality", "change", "raw-answers"] as const;
export type Dataset = (typeof DATASETS)[number];
export const FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8" };

function error(status: number, message: string): Response {
  return Response.json({ error: message }, { status });
}

export function exportFileName(assessmentName: string, dataset: Dataset, format: ExportFormat): string {
  const base =
    assessmentName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "assessment";
  return `${base}-${dataset}.${format}`;
}

/** Every download is recorded: who took which data out, and when. */
async function audited(
  db: Db,
  ctx: OrgContext,
  assessmentId: string,
  dataset: string,
  format: ExportFormat,
  response: Response,
): Promise<Response> {
  await recordAudit(db, {
    organizationId: ctx.org.id,
    actorUserId: ctx.user.id,
    action: "assessment.exported",
    target: assessmentId,
    detail: { dataset, format },
  });
  return response;
}

function attachment(body: BodyInit, fileName: string, format: ExportFormat): Response {
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}

export async function exportDataset(db: Db, ctx: OrgContext, assessmentId: string, datasetRaw: string, url: URL): Promise<Response> {
  const dataset = DATASETS.find((d) => d === datasetRaw);
  if (!dataset) return error(404, "Unknown export.");
  const formatRaw = url.searchParams.get("format") ?? "csv";
  const format = FORMATS.find((f) => f === formatRaw);
  if (!format)
    return Response.json(
      { error: "Please correct the highlighted fields.", fieldErrors: { format: ["Use csv or json."] } },
      { status: 422 },
    );

  if (dataset === "raw-answers") {
    // Raw answers stay with the bank: its own OWNER/ADMIN, never a consultancy or a regulator.
    if (ctx.org.kind !== "BANK" || !hasRole(ctx.role, "ADMIN")) return error(403, "Raw answers are for the bank's owners and admins only.");
    const assessment = await db.assessment.findFirst({ where: { id: assessmentId, organizationId: ctx.org.id } });
    const framework = assessment ? getFramework(assessment.frameworkVersion) : undefined;
    if (!assessment || !framework) return error(404, "That assessment was not found.");
    const src = { db, organizationId: ctx.org.id, assessmentId: assessment.id, framework, modules: assessment.modules as ModuleKey[] };
    const body = format === "csv" ? rawAnswersCsvStream(src) : rawAnswersJsonStream(src);
    return audited(db, ctx, assessment.id, dataset, format, attachment(body, exportFileName(assessment.name, dataset, format), format));
  }

  const loaded = await loadAssessmentResults(db, { org: ctx.org }, assessmentId, {
    target: parseTargetParam(url.searchParams.get("target")),
  });
  if (!loaded) return error(404, "That assessment was not found.");
  const { assessment, results } = loaded;
  const fileName = exportFileName(assessment.name, dataset, format);
  if (dataset === "scores") {
    const rows = scoreRows(results);
    const body =
      format === "csv"
        ? toCsv(SCORE_COLUMNS, rows)
        : JSON.stringify({ assessmentId: assessment.id, frameworkVersion: results.frameworkVersion, rows: toRecords(SCORE_COLUMNS, rows) });
    return audited(db, ctx, assessment.id, dataset, format, attachment(body, fileName, format));
  }
  if (dataset === "change") {
    const outcome = await loadRoundChange(db, ctx.org, assessment, results);
    const rows = outcome.status === "ok" ? changeRows(outcome.view) : [];
    const body =
      format === "csv"
        ? toCsv(CHANGE_COLUMNS, rows)
        : JSON.stringify({
            assessmentId: assessment.id,
            previous: outcome.status === "ok" ? outcome.view.previous : null,
            rule: outcome.status === "ok" ? outcome.view.rule : null,
            scopeNote: outcome.status === "ok" ? outcome.view.scopeNote : null,
            message: outcome.status === "ok" ? null : outcome.message,
            rows: toRecords(CHANGE_COLUMNS, rows),
          });
    return audited(db, ctx, assessment.id, dataset, format, attachment(body, fileName, format));
  }
  if (dataset === "measurement-quality") {
    const body =
      format === "csv"
        ? toCsv(QUALITY_COLUMNS, qualityRows(results.measurementQuality))
        : JSON.stringify({
            assessmentId: assessment.id,
            frameworkVersion: results.frameworkVersion,
            measurementQuality: results.measurementQuality,
          });
    return audited(db, ctx, assessment.id, dataset, format, attachment(body, fileName, format));
  }
  const rows = roadmapRows(results.roadmap);
  const body =
    format === "csv"
      ? toCsv(ROADMAP_COLUMNS, rows)
      : JSON.stringify({
          assessmentId: assessment.id,
          target: results.roadmap.target,
          message: results.roadmap.message,
          rows: toRecords(ROADMAP_COLUMNS, rows),
        });
  return audited(db, ctx, assessment.id, dataset, format, attachment(body, fileName, format));
}
