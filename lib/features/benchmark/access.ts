// Who may open the benchmark and sector pages: members (VIEWER and up) of an organisation of the
// right kind. The wrong kind answers "not found", like a non-member: the page does not exist there.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { OrgKind } from "../../platform/db/generated/client.ts";
import { AccessError, resolveOrgAccess, type OrgContext, type SessionUser } from "../../platform/access/access.ts";

export async function resolveKindAccess(db: Db, user: SessionUser | null, orgSlug: string, kind: OrgKind): Promise<OrgContext> {
  const ctx = await resolveOrgAccess(db, user, orgSlug, "VIEWER");
  if (ctx.org.kind !== kind) throw new AccessError("not-found", "Not found.");
  return ctx;
}

/** A bank's own benchmark page. */
export const openBenchmark = (db: Db, user: SessionUser | null, orgSlug: string) => resolveKindAccess(db, user, orgSlug, "BANK");
