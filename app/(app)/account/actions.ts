"use server";
import { unreadableForm } from "@/lib/platform/http/action-result";
import { db } from "@/lib/platform/db/prisma";
import { changePassword } from "@/lib/platform/auth/accounts";
import { requireUser } from "@/lib/platform/access/session";
import { signOut } from "@/lib/platform/auth/config";
import { revokeAllSessions } from "@/lib/platform/auth/sessions";
import type { ActionResult } from "@/lib/platform/http/action-result";
import { stripActionKeys } from "@/lib/platform/http/form-fields";

// POST account form – changes the password; every session ends, so the user signs in again.
export async function changePasswordAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  if (!(formData instanceof FormData)) return unreadableForm();
  const user = await requireUser();
  const result = await changePassword(db, user, stripActionKeys(Object.fromEntries(formData.entries())));
  if (!result.ok) return result;
  await signOut({ redirectTo: "/sign-in?changed=1" });
  return result;
}

// POST account form – ends every session of the account (this browser too), e.g. after a lost laptop.
export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser();
  await revokeAllSessions(db, user.id);
  await signOut({ redirectTo: "/sign-in?signed-out-everywhere=1" });
}
