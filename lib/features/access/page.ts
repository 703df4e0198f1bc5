import "server-only";
// The guard for pages: sign-in redirect, 404 for non-members and organisations of the wrong kind,
// 403 for too low a role (lib/platform/access/refusal.ts). A page that declares a plan feature is
// still shown to members whose plan lacks it, with `unpaid` set: the page renders PlanRequired.
import { cache } from "react";
import { db } from "../../platform/db/prisma.ts";
import type { Db } from "../../platform/db/connect.ts";
import type { OrgKind, Role } from "../../platform/db/generated/client.ts";
import { AccessError, type OrgContext, type SessionUser } from "../../platform/access/access.ts";
import { requireUser } from "../../platform/access/session.ts";
import { refusalPage } from "../../platform/access/refusal-page.ts";
import { fail, type ActionFailure } from "../../platform/http/action-result.ts";
import type { Feature } from "../../domain/billing/plans.ts";
import { guardOrg, type OrgGuard } from "./guard.ts";

export interface PageContext extends OrgContext {
  /** Set when the page declares a feature the organisation's plan does not include (402). */
  unpaid: ActionFailure | null;
}

// React's cache compares arguments by identity: the requirement is passed as primitives so that
// the layout and the page share one lookup.
const cachedGuard = cache(async (orgSlug: string, minRole: Role, kinds: string, features: string): Promise<PageContext> => {
  const user = await requireUser();
  const requirement: OrgGuard = {
    minRole,
    kinds: kinds ? (kinds.split(",") as OrgKind[]) : undefined,
    feature: features ? (features.split(",") as Feature[]) : undefined,
  };
  try {
    return { ...(await guardOrg(db, { user }, orgSlug, requirement)), unpaid: null };
  } catch (e) {
    if (e instanceof AccessError && e.reason === "payment-required" && e.admitted && "user" in e.admitted) {
      return { ...e.admitted, unpaid: fail(402, e.message) };
    }
    return refusalPage(e);
  }
});

export function requireOrgPage(orgSlug: string, requirement: OrgGuard = {}): Promise<PageContext> {
  const features =
    requirement.feature === undefined ? [] : typeof requirement.feature === "string" ? [requirement.feature] : requirement.feature;
  return cachedGuard(orgSlug, requirement.minRole ?? "VIEWER", requirement.kinds?.join(",") ?? "", features.join(","));
}

/** Runs a further access rule of a page (e.g. a live grant to a client) with the same refusal pages. */
export async function requireOnPage<T>(rule: (db: Db, user: SessionUser) => Promise<T>): Promise<T> {
  const user = await requireUser();
  try {
    return await rule(db, user);
  } catch (e) {
    return refusalPage(e);
  }
}
