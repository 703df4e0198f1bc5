"use server";
import { unreadableForm } from "@/lib/platform/http/action-result";
import { db } from "@/lib/platform/db/prisma";
import { changePassword } from "@/lib/platform/auth/accounts";
import { requireUser } from "@/lib/platform/access/session";
import { signOut } from "@/lib/platform/auth/config";
import { revokeAllSessions } from "@/lib/platform/auth/sessions";
import type { ActionResult } from "@/lib/platform/http/action-result";
import { stripActionKeys } from "@/lib/platform/http/form-fields";
import { revalidatePath } from "next/cache";
import { sendEmailVerification } from "@/lib/platform/auth/email-verification";
import {
  beginTwoFactorSetup,
  confirmTwoFactor,
  endOneSession,
  newRecoveryCodes,
  turnOffTwoFactor,
} from "@/lib/platform/auth/account-security";

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

// POST two-factor page – starts setting up an authenticator app (a new secret, not yet on).
export async function startTwoFactorSetupAction(): Promise<void> {
  const user = await requireUser();
  await beginTwoFactorSetup(db, user);
  revalidatePath("/account/two-factor");
}

// POST two-factor page – confirms set-up with a code; answers with the recovery codes, shown once.
export async function confirmTwoFactorAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  if (!(formData instanceof FormData)) return unreadableForm();
  const user = await requireUser();
  return confirmTwoFactor(db, user, stripActionKeys(Object.fromEntries(formData.entries())));
}

// POST two-factor page – replaces the recovery codes (needs a current code).
export async function regenerateRecoveryCodesAction(
  _prev: ActionResult<unknown> | null,
  formData: FormData,
): Promise<ActionResult<unknown>> {
  if (!(formData instanceof FormData)) return unreadableForm();
  const user = await requireUser();
  return newRecoveryCodes(db, user, stripActionKeys(Object.fromEntries(formData.entries())));
}

// POST two-factor page – turns two-factor off (needs the password); every session ends.
export async function disableTwoFactorAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  if (!(formData instanceof FormData)) return unreadableForm();
  const user = await requireUser();
  const result = await turnOffTwoFactor(db, user, stripActionKeys(Object.fromEntries(formData.entries())));
  if (!result.ok) return result;
  await signOut({ redirectTo: "/sign-in?two-factor-off=1" });
  return result;
}

// POST sessions list – ends one of the signed-in user's own sessions (another device).
export async function revokeSessionAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  if (!(formData instanceof FormData)) return unreadableForm();
  const user = await requireUser();
  const result = await endOneSession(db, user, stripActionKeys(Object.fromEntries(formData.entries())));
  if (result.ok) revalidatePath("/account");
  return result;
}

// POST account page – sends a new e-mail confirmation link (limited per hour).
export async function resendVerificationAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  if (!(formData instanceof FormData)) return unreadableForm();
  const user = await requireUser();
  return sendEmailVerification(db, user);
}
