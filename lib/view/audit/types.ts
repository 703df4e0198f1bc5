// One line of the audit trail as the audit page shows it (read by lib/features/audit-log/read.ts).

export type JsonValue = string | number | boolean | null | JsonArray | JsonObject;
export type JsonObject = { [key: string]: JsonValue | undefined };
export type JsonArray = JsonValue[];

export interface AuditRow {
  id: string;
  createdAt: Date;
  action: string;
  actor: string | null;
  target: string | null;
  detail: JsonValue;
}
