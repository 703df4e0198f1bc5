// The audit export's rows (RFC 4180 through lib/platform/http/csv.ts); every field is typed text or
// recorded detail, so formulas are defused.
import "server-only";
import { csvField } from "../../platform/http/csv.ts";
import type { AuditRow } from "../../features/audit-log/read.ts";

export const AUDIT_CSV_COLUMNS = ["time_utc", "action", "actor_email", "target", "detail_json"] as const;

const text = (value: string | null) => csvField(value, { defuseFormulas: true });

export function auditCsvLine(row: AuditRow): string {
  const detail = row.detail === null ? null : JSON.stringify(row.detail);
  return [row.createdAt.toISOString(), row.action, row.actor, row.target, detail].map(text).join(",") + "\r\n";
}

export const auditCsvHeader = AUDIT_CSV_COLUMNS.join(",") + "\r\n";
