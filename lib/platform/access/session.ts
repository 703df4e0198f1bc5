import "server-only";
import { cache } from "react";
import { redirect, notFound, forbidden } from "next/navigation";
import type { Role } from "../db/generated/client.ts";
import { db } from "../db/prisma.ts";
import { auth } from "../auth/config.ts";
import { userOfSession } from "../auth/sessions.ts";
import { AccessError, resolveOrgAccess, type OrgContext, type SessionUser } from "./access.ts";

/**
 * The signed-in user, re-read from the database on every request through the server-side session
 * record (one primary-key lookup): sign-out, "sign out everywhere", a deleted account or a password
 * change end a session at once, even for a copied cookie.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return userOfSession(db, { uid: session.user.id, sv: session.sv, sid: session.sid });
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
