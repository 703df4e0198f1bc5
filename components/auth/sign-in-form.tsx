"use client";
import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { signInAction, singleSignOnAction, type SignInStep } from "@/app/(auth)/actions";
import type { ActionResult } from "@/lib/view/action-result";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";

interface SignInState {
  result: ActionResult<SignInStep | undefined> | null;
  /** Set after the right password when the account uses two-factor: the form then asks for the code. */
  challenge: string | null;
}

export function SignInForm({
  next,
  canEmailResetLinks,
  singleSignOn,
}: {
  next?: string;
  canEmailResetLinks: boolean;
  /** The identity provider's display name when single sign-on is configured, else null. */
  singleSignOn: string | null;
}) {
  const t = useTranslations("signIn");
  const [state, action] = useActionState<SignInState, FormData>(
    async (prev, formData) => {
      const result = await signInAction(prev.result, formData);
      const challenge =
        result.ok && result.data?.stage === "code" ? result.data.challenge : !result.ok && result.status === 410 ? null : prev.challenge;
      return { result, challenge };
    },
    { result: null, challenge: null },
  );
  const shown = state.result?.ok ? null : state.result;
  if (state.challenge) {
    return (
      <ActionForm action={action} className="space-y-4">
        <input type="hidden" name="next" value={next ?? ""} />
        <input type="hidden" name="challenge" value={state.challenge} />
        <p className="text-sm text-slate-700">{t("twoFactor.intro")}</p>
        <FormMessage state={shown} />
        <TextField
          name="code"
          label={t("twoFactor.label")}
          autoComplete="one-time-code"
          required
          hint={t("twoFactor.hint")}
          errors={fieldErrors(shown, "code")}
        />
        <SubmitButton pendingText={t("twoFactor.pending")}>{t("twoFactor.submit")}</SubmitButton>
      </ActionForm>
    );
  }
  return (
    <>
      {singleSignOn && (
        // A plain form: the action answers with a redirect to the identity provider.
        <form action={singleSignOnAction} className="mb-6 space-y-3 border-b border-slate-200 pb-6">
          <input type="hidden" name="next" value={next ?? ""} />
          <button
            type="submit"
            className="inline-flex items-center justify-center rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white transition hover:bg-brand-700"
          >
            {t("sso.button", { provider: singleSignOn })}
          </button>
          <p className="text-sm text-slate-600">{t("sso.or")}</p>
        </form>
      )}
      <ActionForm action={action} className="space-y-4">
        <input type="hidden" name="next" value={next ?? ""} />
        <FormMessage state={shown} />
        <TextField name="email" label={t("email")} type="email" autoComplete="email" required errors={fieldErrors(shown, "email")} />
        <TextField name="password" label={t("password")} type="password" autoComplete="current-password" required />
        <SubmitButton pendingText={t("pending")}>{t("submit")}</SubmitButton>
        <p className="text-sm text-slate-600">
          {canEmailResetLinks ? (
            <Link className="text-brand-600 underline" href="/forgot-password">
              {t("forgot")}
            </Link>
          ) : (
            t("forgotAskOwner")
          )}
        </p>
        <p className="text-sm text-slate-600">
          {t("newHere")}{" "}
          <Link className="text-brand-600 underline" href={next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up"}>
            {t("createAccount")}
          </Link>
        </p>
      </ActionForm>
    </>
  );
}
