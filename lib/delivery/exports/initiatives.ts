// The action plan as a download: one row per initiative (CSV through the one writer, formulas defused
// because every field is typed text; JSON with the same rows). Columns are documented in docs/EXPORTS.md.
import "server-only";
import type { OrgGuard } from "../../features/access/guard.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { Db } from "../../platform/db/connect.ts";
import type { OrgContext } from "../../platform/access/access.ts";
import { toCsv, toRecords, type Column } from "../../platform/http/csv.ts";
import { listInitiatives } from "../../features/action-plan/initiatives.ts";
import { isoDay, isOverdue, statusToApi, type InitiativeView } from "../../view/plan/initiatives.ts";
import { LIST_SEPARATOR } from "./roadmap.ts";
import { EXPORT_ACCESS } from "./download.ts";

/** Analysts and up of a bank, on a plan with exports (like the other exports). */
export const PLAN_EXPORT_ACCESS = { ...EXPORT_ACCESS, kinds: ["BANK"] } as const satisfies OrgGuard;

export function initiativeColumns(today: string): Column<InitiativeView>[] {
  return [
    { name: "id", value: (r) => r.id },
    { name: "title", value: (r) => r.title },
    { name: "status", value: (r) => statusToApi(r.status) },
    { name: "factor_keys", value: (r) => r.factorKeys.join(LIST_SEPARATOR) },
    { name: "factors", value: (r) => r.factorNames.join(LIST_SEPARATOR) },
    { name: "owner_name", value: (r) => r.owner?.name ?? null },
    { name: "owner_email", value: (r) => r.owner?.email ?? null },
    { name: "due_date", value: (r) => r.dueDate },
    { name: "overdue", value: (r) => isOverdue(r, today) },
    { name: "notes", value: (r) => r.notes },
    { name: "evidence_links", value: (r) => r.evidenceLinks.join(LIST_SEPARATOR) },
    { name: "created_from_assessment_id", value: (r) => r.createdFromAssessmentId },
    { name: "created_at", value: (r) => r.createdAt },
    { name: "updated_at", value: (r) => r.updatedAt },
    { name: "completed_at", value: (r) => r.completedAt },
  ];
}

export async function exportInitiatives(db: Db, ctx: OrgContext, url: URL, now = new Date()): Promise<Response> {
  const format = url.searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "json")
    return Response.json(
      { error: "Please correct the highlighted fields.", fieldErrors: { format: ["Use csv or json."] } },
      { status: 422 },
    );
  const rows = await listInitiatives(db, ctx.org.id);
  const columns = initiativeColumns(isoDay(now));
  const body =
    format === "csv"
      ? toCsv(columns, rows, { defuseFormulas: true })
      : JSON.stringify({ organization: ctx.org.slug, exportedAt: now.toISOString(), rows: toRecords(columns, rows) });
  await recordAudit(db, {
    organizationId: ctx.org.id,
    actorUserId: ctx.user.id,
    action: "initiative.exported",
    detail: { format, rows: rows.length },
  });
  return new Response(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ctx.org.slug}-action-plan.${format}"`,
      "Cache-Control": "no-store",
    },
  });
}
