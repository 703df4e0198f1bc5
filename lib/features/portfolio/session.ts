import "server-only";
// Page guards of the portfolio: the organisation guard, then consultancy kind and a live grant.
// Anything missing is a plain 404, as for a non-member.
import { notFound } from "next/navigation";
import type { Role } from "../../platform/db/generated/client.ts";
import { db } from "../../platform/db/prisma.ts";
import { AccessError, type OrgContext } from "../../platform/access/access.ts";
import { requireOrgPage } from "../../platform/access/session.ts";
import { assertPortfolioOrg, clientOf, type ClientContext } from "./access.ts";

async function orNotFound<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof AccessError) notFound();
    throw e;
  }
}

export async function requirePortfolioPage(orgSlug: string, minRole: Role = "VIEWER"): Promise<OrgContext> {
  const ctx = await requireOrgPage(orgSlug, minRole);
  return orNotFound(() => assertPortfolioOrg(ctx));
}

export async function requireClientPage(orgSlug: string, bankSlug: string, minRole: Role = "VIEWER"): Promise<ClientContext> {
  const ctx = await requirePortfolioPage(orgSlug, minRole);
  return { ...ctx, bank: await orNotFound(() => clientOf(db, ctx, bankSlug)) };
}
