import "server-only";
// Who is signed in. What they may do in an organisation: lib/features/access (the guard).
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "../db/prisma.ts";
import { auth } from "../auth/config.ts";
import type { SessionUser } from "./access.ts";

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
