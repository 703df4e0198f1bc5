// Who may read the instrument-health report: the guard (session → membership → role), then
// consultancies and regulators only — the report is about the instrument across the pool, for those who
// run or supervise assessments; a bank gets "not found" (as for any page it has no business with).
import type { Db } from "../../platform/db/connect.ts";
import { AccessError, resolveOrgAccess, type OrgContext, type SessionUser } from "../../platform/access/access.ts";

export function readsInstrumentHealth(ctx: OrgContext): boolean {
  return ctx.org.kind === "CONSULTANCY" || ctx.org.kind === "REGULATOR";
}

export async function resolveInstrumentHealthAccess(db: Db, user: SessionUser | null, orgSlug: string): Promise<OrgContext> {
  const ctx = await resolveOrgAccess(db, user, orgSlug, "VIEWER");
  if (!readsInstrumentHealth(ctx)) throw new AccessError("not-found", "Not found.");
  return ctx;
}
