"use client";
import { verifyEmailAction } from "@/app/(auth)/actions";
import { TokenForm } from "./token-form";

export function VerifyEmailForm({ token }: { token: string }) {
  return (
    <TokenForm
      token={token}
      action={verifyEmailAction}
      submitLabel="Confirm my e-mail address"
      pendingText="Confirming…"
      next={{ href: "/orgs", label: "Continue to Meyar" }}
    />
  );
}
