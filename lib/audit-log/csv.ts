// CSV for the audit export (RFC 4180: CRLF rows, fields quoted when they hold a comma, quote or line
// break). Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) get a leading quote.
import type { AuditRow } from "./read.ts";

export const AUDIT_CSV_COLUMNS = ["time_utc", "action", "actor_email", "target", "detail_json"] as const;

export function csvCell(value: string | null): string {
  if (value === null) return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditCsvLine(row: AuditRow): string {
  const detail = row.detail === null ? null : JSON.stringify(row.detail);
  return [row.createdAt.toISOString(), row.action, row.actor, row.target, detail].map(csvCell).join(",") + "\r\n";
}

export const auditCsvHeader = AUDIT_CSV_COLUMNS.join(",") + "\r\n";
