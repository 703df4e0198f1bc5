import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { db } from "../../platform/db/prisma.ts";
import type { Db } from "../../platform/db/connect.ts";
import { currentUser } from "../../platform/access/session.ts";
import { AccessError, type OrgContext, type SessionUser } from "../../platform/access/access.ts";

type Opener = (db: Db, user: SessionUser | null, orgSlug: string) => Promise<OrgContext>;

/** Runs a page's access rule (the same one the tests prove) and maps refusals to the usual pages. */
export async function openPage(open: Opener, orgSlug: string): Promise<OrgContext> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  try {
    return await open(db, user, orgSlug);
  } catch (e) {
    if (!(e instanceof AccessError)) throw e;
    if (e.reason === "not-found") notFound();
    if (e.reason === "forbidden") forbidden();
    redirect("/sign-in");
  }
}
