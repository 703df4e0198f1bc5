// The audit export's rows (RFC 4180 through lib/platform/http/csv.ts); every field is typed text or
// recorded detail, so formulas are defused.
import "server-only";
import { csvField } from "../../platform/http/csv.ts";
import type { AuditRow } from "../../features/audit-log/read.ts";
import { auditSentence } from "../../view/audit/sentences.ts";

// The codes and ids stay (they are the record); the names and the sentence the page shows follow.
export const AUDIT_CSV_COLUMNS = [
  "time_utc",
  "action",
  "actor_email",
  "target",
  "detail_json",
  "actor_name",
  "target_name",
  "description",
] as const;

const text = (value: string | null) => csvField(value, { defuseFormulas: true });

export function auditCsvLine(row: AuditRow): string {
  const detail = row.detail === null ? null : JSON.stringify(row.detail);
  const description = auditSentence(row, { actor: row.actorName, objectName: row.targetName });
  return (
    [row.createdAt.toISOString(), row.action, row.actor, row.target, detail, row.actorName, row.targetName, description]
      .map(text)
      .join(",") + "\r\n"
  );
}

export const auditCsvHeader = AUDIT_CSV_COLUMNS.join(",") + "\r\n";
