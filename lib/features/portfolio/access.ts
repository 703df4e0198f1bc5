// Who may see a consultancy's portfolio and one client in it: the guard (session → membership → role)
// on the consultancy, then a live CONSULTANCY grant from the bank (lib/features/grants). No grant, a revoked one,
// an unknown bank or a caller that is not a consultancy: all "not found", indistinguishable.
import type { Db } from "../../platform/db/connect.ts";
import type { Organization, Role } from "../../platform/db/generated/client.ts";
import { AccessError, resolveOrgAccess, type OrgContext, type SessionUser } from "../../platform/access/access.ts";
import { grantedInstitutionBySlug } from "../grants/grants.ts";

export interface ClientContext extends OrgContext {
  bank: Organization;
}

/** Only consultancies have a portfolio; for any other organisation the pages do not exist. */
export function assertPortfolioOrg(ctx: OrgContext): OrgContext {
  if (ctx.org.kind !== "CONSULTANCY") throw new AccessError("not-found", "Not found.");
  // Plans gate what a consultancy may do here (lib/features/portfolio/actions.ts); reading its own grants stays open.
  return ctx;
}

export async function resolvePortfolioAccess(db: Db, user: SessionUser | null, orgSlug: string, minRole: Role): Promise<OrgContext> {
  return assertPortfolioOrg(await resolveOrgAccess(db, user, orgSlug, minRole));
}

export async function clientOf(db: Db, ctx: OrgContext, bankSlug: string): Promise<Organization> {
  assertPortfolioOrg(ctx);
  const bank = await grantedInstitutionBySlug(db, ctx.org.id, "CONSULTANCY", bankSlug);
  if (!bank) throw new AccessError("not-found", "Not found.");
  return bank;
}

export async function resolveClientAccess(db: Db, user: SessionUser | null, orgSlug: string, bankSlug: string, minRole: Role): Promise<ClientContext> {
  const ctx = await resolvePortfolioAccess(db, user, orgSlug, minRole);
  return { ...ctx, bank: await clientOf(db, ctx, bankSlug) };
}
