// Reading an organisation's audit trail: its own events plus the sign-ins of its current members
// (sign-ins belong to a person, not to one organisation, so they are stored without one).
// Newest first, paged by a cursor so the page and the CSV export read the same way.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { AuditRow } from "../../view/audit/types.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import { auditCodesOf } from "../../view/audit/sentences.ts";
import { targetNames } from "./names.ts";
import type { AuditFilter } from "./filter.ts";

export const AUDIT_PAGE_SIZE = 50;
const ACCOUNT_ACTIONS = [
  "auth.signed-in",
  "auth.sign-in-failed",
  "auth.password-changed",
  "auth.password-reset-requested",
  "auth.password-reset",
  "auth.two-factor-enabled",
  "auth.two-factor-disabled",
  "auth.two-factor-failed",
  "auth.recovery-codes-regenerated",
  "auth.session-revoked",
  "auth.email-verified",
];

export type { AuditRow };

export interface AuditCursor {
  createdAt: Date;
  id: string;
}

function scope(organizationId: string): Prisma.AuditEventWhereInput {
  return {
    OR: [
      { organizationId },
      { organizationId: null, action: { in: ACCOUNT_ACTIONS }, actor: { memberships: { some: { organizationId } } } },
    ],
  };
}

function filtered(filter: AuditFilter): Prisma.AuditEventWhereInput[] {
  const where: Prisma.AuditEventWhereInput[] = [];
  if (filter.actorUserId) where.push({ actorUserId: filter.actorUserId });
  if (filter.kind) where.push({ action: { in: auditCodesOf(filter.kind) } });
  if (filter.from) where.push({ createdAt: { gte: filter.from } });
  if (filter.before) where.push({ createdAt: { lt: filter.before } });
  return where;
}

/** One page of events, newest first, strictly older than the cursor, narrowed by the filter. */
export async function readAuditPage(
  db: Db,
  organizationId: string,
  cursor: AuditCursor | null,
  take = AUDIT_PAGE_SIZE,
  filter: AuditFilter = {},
) {
  const older: Prisma.AuditEventWhereInput | undefined = cursor
    ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }
    : undefined;
  const events = await db.auditEvent.findMany({
    where: { AND: [scope(organizationId), ...filtered(filter), ...(older ? [older] : [])] },
    include: { actor: { select: { email: true, name: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
  });
  const page = events.slice(0, take);
  const names = await targetNames(db, organizationId, page);
  const rows: AuditRow[] = page.map((e) => ({
    id: e.id,
    createdAt: e.createdAt,
    action: e.action,
    actor: e.actor?.email ?? null,
    actorName: e.actor ? e.actor.name || e.actor.email : null,
    target: e.target,
    targetName: names.get(e.id) ?? null,
    detail: e.detail,
  }));
  const last = rows.at(-1);
  const next: AuditCursor | null = events.length > take && last ? { createdAt: last.createdAt, id: last.id } : null;
  return { rows, next };
}

/** Every event, page by page, for streaming exports without holding the whole trail in memory. */
export async function* readAllAudit(db: Db, organizationId: string, filter: AuditFilter = {}): AsyncGenerator<AuditRow> {
  let cursor: AuditCursor | null = null;
  do {
    const page: Awaited<ReturnType<typeof readAuditPage>> = await readAuditPage(db, organizationId, cursor, 500, filter);
    yield* page.rows;
    cursor = page.next;
  } while (cursor);
}

export function encodeCursor(c: AuditCursor): string {
  return `${c.createdAt.getTime()}_${c.id}`;
}

export function decodeCursor(raw: string | undefined): AuditCursor | null {
  const m = raw?.match(/^(\d{1,15})_([a-z0-9]{1,40})$/);
  return m ? { createdAt: new Date(Number(m[1])), id: m[2]! } : null;
}
