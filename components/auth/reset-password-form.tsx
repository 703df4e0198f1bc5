"use client";
import { resetPasswordAction } from "@/app/(auth)/actions";
import { fieldErrors } from "@/components/ui/form-message";
import { NewPasswordField } from "./new-password-field";
import { TokenForm } from "./token-form";

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <TokenForm
      token={token}
      action={resetPasswordAction}
      submitLabel="Set new password"
      pendingText="Saving…"
      next={{ href: "/sign-in?reset=1", label: "Sign in", asButton: true }}
      fields={(state) => <NewPasswordField errors={fieldErrors(state, "newPassword")} consequence="Every session of your account ends." />}
    />
  );
}
