// The one decision about who may touch an organisation's data: session → membership → role.
// Framework-free (the database is passed in) so the same rule serves pages, server actions,
// route handlers and tests. A non-member gets "not found" so that existence does not leak.
import type { Db } from "../db/connect.ts";
import type { Organization, Role } from "../db/generated/client.ts";
import { hasRole } from "./roles.ts";
import type { SessionUser } from "../auth/session-user.ts";

export type AccessFailure = "unauthenticated" | "not-found" | "forbidden";

export class AccessError extends Error {
  constructor(readonly reason: AccessFailure, message: string) {
    super(message);
  }
  get status(): 401 | 403 | 404 {
    return this.reason === "unauthenticated" ? 401 : this.reason === "forbidden" ? 403 : 404;
  }
}

export type { SessionUser };

export interface OrgContext {
  user: SessionUser;
  org: Organization;
  role: Role;
}

export async function resolveOrgAccess(
  db: Db,
  user: SessionUser | null,
  orgSlug: string,
  minRole: Role,
): Promise<OrgContext> {
  if (!user) throw new AccessError("unauthenticated", "Sign in to continue.");
  // One query, scoped by the user: a slug the user is not a member of is indistinguishable from none.
  const membership = await db.membership.findFirst({
    where: { userId: user.id, organization: { slug: orgSlug } },
    include: { organization: true },
  });
  if (!membership) throw new AccessError("not-found", "Not found.");
  if (!hasRole(membership.role, minRole)) {
    throw new AccessError("forbidden", `This needs the ${minRole.toLowerCase()} role or higher.`);
  }
  return { user, org: membership.organization, role: membership.role };
}
