"use server";
import { db } from "@/lib/db/prisma";
import { changePassword } from "@/lib/auth/accounts";
import { requireUser } from "@/lib/auth/session";
import { signOut } from "@/lib/auth/config";
import type { ActionResult } from "@/lib/auth/action-result";
import { stripActionKeys } from "@/lib/auth/run-org-action";

// POST account form – changes the password; every session ends, so the user signs in again.
export async function changePasswordAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  const user = await requireUser();
  const result = await changePassword(db, user, stripActionKeys(Object.fromEntries(formData.entries())));
  if (!result.ok) return result;
  await signOut({ redirectTo: "/sign-in?changed=1" });
  return result;
}
