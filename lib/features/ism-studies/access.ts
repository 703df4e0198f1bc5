// Who may see an organisation's ISM studies: the guard (session → membership → role), then banks and
// consultancies only (a regulator has no studies: "not found").
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { Role } from "../../platform/db/generated/client.ts";
import { AccessError, resolveOrgAccess, type OrgContext, type SessionUser } from "../../platform/access/access.ts";

export function runsIsmStudies(ctx: OrgContext): boolean {
  return ctx.org.kind === "BANK" || ctx.org.kind === "CONSULTANCY";
}

export function assertIsmStudyOrg(ctx: OrgContext): OrgContext {
  if (!runsIsmStudies(ctx)) throw new AccessError("not-found", "Not found.");
  // Plans gate creating studies (lib/features/ism-studies/manage.ts); existing studies stay readable after a downgrade.
  return ctx;
}

export async function resolveIsmStudyAccess(db: Db, user: SessionUser | null, orgSlug: string, minRole: Role): Promise<OrgContext> {
  return assertIsmStudyOrg(await resolveOrgAccess(db, user, orgSlug, minRole));
}
