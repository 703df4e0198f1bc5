import "server-only";
import { cache } from "react";
import { redirect, notFound, forbidden } from "next/navigation";
import type { Role } from "../db/generated/client.ts";
import { db } from "../db/prisma.ts";
import { auth } from "../auth/config.ts";
import { AccessError, resolveOrgAccess, type OrgContext, type SessionUser } from "./access.ts";

/**
 * The signed-in user, re-read from the database on every request: a deleted account or a
 * password change (which bumps sessionVersion) ends old sessions at once.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, sessionVersion: true } });
  if (!user || session.sv !== user.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name };
});

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** For pages under /[org]: sign-in redirect, 404 for non-members, 403 for too low a role. */
export const requireOrgPage = cache(async (orgSlug: string, minRole: Role = "VIEWER"): Promise<OrgContext> => {
  const user = await requireUser();
  try {
    return await resolveOrgAccess(db, user, orgSlug, minRole);
  } catch (e) {
    if (!(e instanceof AccessError)) throw e;
    if (e.reason === "not-found") notFound();
    if (e.reason === "forbidden") forbidden();
    redirect("/sign-in");
  }
});
