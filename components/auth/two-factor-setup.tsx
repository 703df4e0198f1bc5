"use client";
import { useActionState } from "react";
import Link from "next/link";
import { confirmTwoFactorAction } from "@/app/(app)/account/actions";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { RecoveryCodes } from "./recovery-codes";

/** Scan or type the key, then confirm with a code; the recovery codes appear once. */
export function TwoFactorSetup({ qrDataUrl, manualKey }: { qrDataUrl: string; manualKey: string }) {
  const [state, action] = useActionState(confirmTwoFactorAction, null);
  const codes = state?.ok ? (state.data as { recoveryCodes: string[] }).recoveryCodes : null;
  if (codes) {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        <RecoveryCodes codes={codes} />
        <Link className="inline-block rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white" href="/account">
          I have saved my recovery codes
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
        <li>Open an authenticator app on your phone (for example Microsoft Authenticator, Google Authenticator or 1Password).</li>
        <li>Scan this code, or type the key below into the app.</li>
        <li>Enter the six-digit code the app shows.</li>
      </ol>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server; nothing to optimise */}
      <img src={qrDataUrl} alt="QR code to add Meyar to an authenticator app" width={200} height={200} className="rounded border" />
      <p className="text-sm text-slate-700">
        Key to type in by hand:{" "}
        <code className="rounded bg-slate-100 px-2 py-1 font-mono text-sm" data-testid="manual-key">
          {manualKey}
        </code>
      </p>
      <ActionForm action={action} className="space-y-4">
        <FormMessage state={state} />
        <TextField name="code" label="Code from the app" autoComplete="one-time-code" required errors={fieldErrors(state, "code")} />
        <SubmitButton pendingText="Checking…">Turn on two-factor</SubmitButton>
      </ActionForm>
    </div>
  );
}
