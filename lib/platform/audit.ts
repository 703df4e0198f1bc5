// Append-only audit trail: who did what, when, in which organisation. Never records secrets.
import "server-only";
import type { Db } from "./db/connect.ts";
import type { Prisma } from "./db/generated/client.ts";

export interface AuditEntry {
  organizationId: string | null;
  actorUserId: string | null;
  action: string;
  target?: string;
  detail?: Prisma.InputJsonValue;
}

type Tx = Pick<Db, "auditEvent">;

export async function recordAudit(db: Tx, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({ data: entry });
}
