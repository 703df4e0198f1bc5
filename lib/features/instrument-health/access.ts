// Who may read the instrument-health report: the one guard with the INSTRUMENT_HEALTH requirement —
// consultancies and regulators; a bank gets "not found" (as for any page it has no business with).
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { OrgContext, SessionUser } from "../../platform/access/access.ts";
import { guardOrg } from "../access/guard.ts";
import { INSTRUMENT_HEALTH } from "../access/requirements.ts";

export function readsInstrumentHealth(ctx: OrgContext): boolean {
  return (INSTRUMENT_HEALTH.kinds as readonly string[]).includes(ctx.org.kind);
}

export function resolveInstrumentHealthAccess(db: Db, user: SessionUser | null, orgSlug: string): Promise<OrgContext> {
  return guardOrg(db, { user }, orgSlug, INSTRUMENT_HEALTH);
}
