// One line of the audit trail as the audit page shows it (read by lib/features/audit-log/read.ts).

export type JsonValue = string | number | boolean | null | JsonArray | JsonObject;
export type JsonObject = { [key: string]: JsonValue | undefined };
export type JsonArray = JsonValue[];

export interface AuditRow {
  id: string;
  createdAt: Date;
  action: string;
  /** The actor's e-mail (the record); null for the system or a deleted account. */
  actor: string | null;
  /** The actor's name, as the sentence reads. */
  actorName: string | null;
  target: string | null;
  /** The current name of the target (an assessment's, a member's…), looked up in this organisation; null when gone. */
  targetName: string | null;
  detail: JsonValue;
}
