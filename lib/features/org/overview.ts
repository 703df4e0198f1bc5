// What an organisation's pages read about it: the overview's counts and live grants, the members
// page's members and pending invitations, the organisation switcher. Always scoped by the
// organisation (or the signed-in user) that the guard resolved.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";

export async function orgOverview(db: Db, organizationId: string) {
  const [memberCount, grantsGiven, grantsHeld] = await Promise.all([
    db.membership.count({ where: { organizationId } }),
    db.accessGrant.findMany({
      where: { grantorOrgId: organizationId, revokedAt: null },
      include: { grantee: { select: { name: true, kind: true } } },
    }),
    db.accessGrant.findMany({ where: { granteeOrgId: organizationId, revokedAt: null }, include: { grantor: { select: { name: true } } } }),
  ]);
  return { memberCount, grantsGiven, grantsHeld };
}

/** Members with their names, owners first (the members page). */
export function listMembers(db: Db, organizationId: string) {
  return db.membership.findMany({
    where: { organizationId },
    include: { user: { select: { name: true, email: true } } },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
  });
}

/** Members for GET /api/orgs/:org/members: no user ids, in joining order. */
export function listMembersForApi(db: Db, organizationId: string) {
  return db.membership.findMany({
    where: { organizationId },
    select: { id: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
}

/** Invitations still waiting for an answer, newest first. */
export function listPendingInvitations(db: Db, organizationId: string, now = new Date()) {
  return db.invitation.findMany({
    where: { organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
  });
}

/** The signed-in user's organisations, by name (the organisation switcher). */
export function listMyOrganizations(db: Db, userId: string) {
  return db.membership.findMany({ where: { userId }, include: { organization: true }, orderBy: { organization: { name: "asc" } } });
}
