// The guard the app uses: lib/platform/access/access.ts's decision with the billing feature's plan
// gate bound in. Platform never imports features, so the plan check is handed in here, once.
//
//   await guardOrg(db, { user }, slug, { minRole: "ADMIN", kinds: ["CONSULTANCY"], feature: "clientPortfolio" })
//   await guardOrg(db, { apiKey }, key.organization.slug, { feature: "apiKeys" })
//
// Pages: requireOrgPage (./page.ts); actions: defineOrgAction (./action.ts); route handlers:
// withOrg (./route.ts); API v1: withApiKey (lib/delivery/api/guard.ts). All of them call this.
import type { Db } from "../../platform/db/connect.ts";
import {
  resolveOrgAccess,
  type ApiKeyCaller,
  type KeyContext,
  type OrgContext,
  type OrgRequirement,
  type SessionUser,
} from "../../platform/access/access.ts";
import { planGate } from "../entitlements/entitlements.ts";
import type { Feature } from "../../domain/billing/plans.ts";

export type OrgGuard = OrgRequirement<Feature>;

export function guardOrg(db: Db, caller: { user: SessionUser | null }, orgSlug: string, requirement?: OrgGuard): Promise<OrgContext>;
export function guardOrg(db: Db, caller: { apiKey: ApiKeyCaller }, orgSlug: string, requirement?: OrgGuard): Promise<KeyContext>;
export function guardOrg(
  db: Db,
  caller: { user: SessionUser | null } | { apiKey: ApiKeyCaller },
  orgSlug: string,
  requirement: OrgGuard = {},
): Promise<OrgContext | KeyContext> {
  const options = { ...requirement, entitlement: planGate };
  return "apiKey" in caller ? resolveOrgAccess(db, caller, orgSlug, options) : resolveOrgAccess(db, caller, orgSlug, options);
}
