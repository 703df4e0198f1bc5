import "server-only";
// Who is signed in. What they may do in an organisation: lib/features/access (the guard).
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "../db/prisma.ts";
import { auth } from "../auth/config.ts";
import { userOfSession } from "../auth/sessions.ts";
import type { SessionUser } from "./access.ts";

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
