"use server";
import { unreadableForm } from "@/lib/platform/http/action-result";
import { AuthError } from "next-auth";
import { db } from "@/lib/platform/db/prisma";
import { auth, signIn, signOut } from "@/lib/platform/auth/config";
import { revokeSession } from "@/lib/platform/auth/sessions";
import { signUp } from "@/lib/platform/auth/accounts";
import { fail, type ActionResult } from "@/lib/platform/http/action-result";
import { stripActionKeys } from "@/lib/platform/http/form-fields";

/** Only same-site relative paths may be used as a post-sign-in destination. */
function safeRedirect(target: FormDataEntryValue | null): string {
  return typeof target === "string" && /^\/(?!\/)[\w\-./?=&%]*$/.test(target) ? target : "/orgs";
}

// POST sign-in form – signs in with e-mail and password; redirects on success.
export async function signInAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  if (!(formData instanceof FormData)) return unreadableForm();
  try {
    await signIn("credentials", {
      email: formData.get("email"),
      password: formData.get("password"),
      redirectTo: safeRedirect(formData.get("next")),
    });
    return fail(500, "Sign-in did not complete.");
  } catch (e) {
    if (e instanceof AuthError) {
      const code = "code" in e ? e.code : undefined;
      if (code === "rate_limited") return fail(429, "Too many sign-in attempts. Wait a few minutes and try again.");
      return fail(401, "That e-mail and password do not match an account.");
    }
    throw e; // Next's redirect on success travels as an exception.
  }
}

// POST sign-up form – creates the account and signs in.
export async function signUpAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  if (!(formData instanceof FormData)) return unreadableForm();
  const fields = stripActionKeys(Object.fromEntries(formData.entries()));
  const result = await signUp(db, fields);
  if (!result.ok) return result;
  await signIn("credentials", { email: result.data.email, password: fields.password, redirectTo: safeRedirect(formData.get("next")) });
  return result;
}

export async function signOutAction(): Promise<void> {
  // End the session on the server first: a copy of the cookie must not outlive the sign-out.
  const session = await auth();
  await revokeSession(db, session?.sid, session?.user?.id);
  await signOut({ redirectTo: "/sign-in" });
}
