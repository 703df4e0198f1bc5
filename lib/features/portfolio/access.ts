// One client in a consultancy's portfolio: the guard with the portfolio requirement (consultancies
// only), then a live CONSULTANCY grant from the bank (lib/features/grants). No grant, a revoked one,
// an unknown bank or a caller that is not a consultancy: all "not found", indistinguishable.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { Organization, Role } from "../../platform/db/generated/client.ts";
import { AccessError, type OrgContext, type SessionUser } from "../../platform/access/access.ts";
import { grantedInstitutionBySlug } from "../grants/grants.ts";
import { guardOrg } from "../access/guard.ts";
import { PORTFOLIO } from "../access/requirements.ts";

export interface ClientContext extends OrgContext {
  bank: Organization;
}

/** The bank behind a live grant to this consultancy (`ctx` has passed the portfolio guard). */
export async function clientOf(db: Db, ctx: OrgContext, bankSlug: string): Promise<Organization> {
  const bank = ctx.org.kind === "CONSULTANCY" ? await grantedInstitutionBySlug(db, ctx.org.id, "CONSULTANCY", bankSlug) : null;
  if (!bank) throw new AccessError("not-found", "Not found.");
  return bank;
}

export async function resolveClientAccess(
  db: Db,
  user: SessionUser | null,
  orgSlug: string,
  bankSlug: string,
  minRole: Role = "VIEWER",
): Promise<ClientContext> {
  const ctx = await guardOrg(db, { user }, orgSlug, { ...PORTFOLIO, minRole });
  return { ...ctx, bank: await clientOf(db, ctx, bankSlug) };
}
