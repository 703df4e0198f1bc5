"use server";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { unreadableForm } from "@/lib/platform/http/action-result";
import { AuthError } from "next-auth";
import { db } from "@/lib/platform/db/prisma";
import { redirect } from "next/navigation";
import { auth, OIDC_PROVIDER_ID, signIn, signOut } from "@/lib/platform/auth/config";
import { oidcSettings } from "@/lib/platform/env";
import { revokeSession } from "@/lib/platform/auth/sessions";
import { signUp } from "@/lib/platform/auth/accounts";
import { beginSignIn } from "@/lib/platform/auth/sign-in";
import { requestPasswordReset, resetPassword } from "@/lib/platform/auth/password-reset";
import { clientIpFrom } from "@/lib/platform/http/client-ip";
import { confirmEmail, sendEmailVerification } from "@/lib/platform/auth/email-verification";
import { mailConfigured } from "@/lib/platform/mail/mailer";
import { fail, ok, type ActionResult } from "@/lib/platform/http/action-result";
import { stripActionKeys } from "@/lib/platform/http/form-fields";
import { accountLanguage, rememberLanguage } from "@/lib/platform/i18n/preference";

/** Only same-site relative paths may be used as a post-sign-in destination. */
function safeRedirect(target: FormDataEntryValue | null): string {
  return typeof target === "string" && /^\/(?!\/)[\w\-./?=&%]*$/.test(target) ? target : "/orgs";
}

const TWO_FACTOR_SETUP = "/account/two-factor?required=1";

export type SignInStep = { stage: "code"; challenge: string };

// POST sign-in form. Step 1: e-mail and password; with two-factor on, answers with a challenge and
// the form asks for the code (step 2: challenge + code). Redirects on success.
export async function signInAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<SignInStep | undefined>> {
  if (!(formData instanceof FormData)) return unreadableForm();
  const next = safeRedirect(formData.get("next"));
  const challenge = formData.get("challenge");
  if (typeof challenge === "string" && challenge) {
    return finishSignIn({ challenge, code: formData.get("code") ?? "" }, next);
  }
  const t = await getTranslations("signIn.errors");
  const ip = clientIpFrom(await headers());
  const started = await beginSignIn(db, { email: formData.get("email"), password: formData.get("password") }, ip);
  if (!started.ok) {
    if (started.reason === "rate-limited") return fail(429, t("rateLimited"));
    return fail(401, t("wrongPassword"));
  }
  // The account's language follows the person to this browser (their choice, else their organisation's default).
  const language = await accountLanguage(db, started.userId);
  if (language) await rememberLanguage(language);
  if (started.needsCode) return ok({ stage: "code", challenge: started.challenge });
  return finishSignIn({ challenge: started.challenge }, started.setupRequired ? TWO_FACTOR_SETUP : next);
}

async function finishSignIn(
  credentials: { challenge: string; code?: FormDataEntryValue },
  redirectTo: string,
): Promise<ActionResult<undefined>> {
  const t = await getTranslations("signIn.errors");
  try {
    await signIn("credentials", { ...credentials, redirectTo });
    return fail(500, t("incomplete"));
  } catch (e) {
    if (e instanceof AuthError) {
      const code = "code" in e ? e.code : undefined;
      if (code === "rate_limited") return fail(429, t("tooManyAttempts"));
      if (code === "wrong_code" || code === "code_required") return fail(401, t("wrongCode"), { code: [t("wrongCodeField")] });
      return fail(410, t("expired"));
    }
    throw e; // Next's redirect on success travels as an exception.
  }
}

// POST "Sign in with <provider>": off to the identity provider (Auth.js keeps PKCE, state and nonce in
// short-lived cookies); it comes back to /api/auth/callback/oidc, which signs in or refuses.
export async function singleSignOnAction(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData) || !oidcSettings()) redirect("/sign-in");
  await signIn(OIDC_PROVIDER_ID, { redirectTo: safeRedirect(formData.get("next")) });
}

// POST sign-up form – creates the account and signs in.
export async function signUpAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  if (!(formData instanceof FormData)) return unreadableForm();
  const fields = stripActionKeys(Object.fromEntries(formData.entries()));
  const result = await signUp(db, fields);
  if (!result.ok) return result;
  // With e-mail on, a confirmation link goes out at once (sending never delays the sign-up).
  if (mailConfigured()) await sendEmailVerification(db, result.data);
  const started = await beginSignIn(db, { email: result.data.email, password: fields.password }, clientIpFrom(await headers()));
  if (!started.ok) return fail(429, "Your account was created. Sign in to continue.");
  return finishSignIn({ challenge: started.challenge }, safeRedirect(formData.get("next")));
}

export async function signOutAction(): Promise<void> {
  // End the session on the server first: a copy of the cookie must not outlive the sign-out.
  const session = await auth();
  await revokeSession(db, session?.sid, session?.user?.id);
  await signOut({ redirectTo: "/sign-in" });
}

// POST forgot-password form – the same answer whether or not the address has an account.
export async function requestPasswordResetAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  if (!(formData instanceof FormData)) return unreadableForm();
  return requestPasswordReset(db, stripActionKeys(Object.fromEntries(formData.entries())), clientIpFrom(await headers()));
}

// POST reset-password form – the link's token and the new password; every session of the account ends.
export async function resetPasswordAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  if (!(formData instanceof FormData)) return unreadableForm();
  return resetPassword(db, stripActionKeys(Object.fromEntries(formData.entries())), clientIpFrom(await headers()));
}

// POST confirmation page – the e-mailed link's token confirms the address (a button, so that mail
// scanners that open links do not confirm on the person's behalf).
export async function verifyEmailAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  if (!(formData instanceof FormData)) return unreadableForm();
  const token = formData.get("token");
  return confirmEmail(db, typeof token === "string" ? token : "");
}
