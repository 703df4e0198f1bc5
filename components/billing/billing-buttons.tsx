"use client";
import { useActionState } from "react";
import { openBillingPortalAction, startCheckoutAction } from "@/app/(app)/[org]/billing/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

export function UpgradeButton({ orgSlug, plan, planName }: { orgSlug: string; plan: string; planName: string }) {
  const [state, action] = useActionState(startCheckoutAction, null);
  return (
    <ActionForm action={action} className="space-y-2">
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="plan" value={plan} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Opening Stripe Checkout…">Upgrade to {planName}</SubmitButton>
    </ActionForm>
  );
}

export function ManageBillingButton({ orgSlug }: { orgSlug: string }) {
  const [state, action] = useActionState(openBillingPortalAction, null);
  return (
    <ActionForm action={action} className="space-y-2">
      <input type="hidden" name="org" value={orgSlug} />
      <FormMessage state={state} />
      <SubmitButton variant="secondary" pendingText="Opening the billing portal…">
        Manage billing
      </SubmitButton>
    </ActionForm>
  );
}
