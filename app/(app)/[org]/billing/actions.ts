"use server";
import { unreadableForm } from "@/lib/platform/http/action-result";
// Server actions of the billing page: each runs one guarded action (OWNER only) and sends the
// browser to the Stripe page it created.
import { redirect } from "next/navigation";
import { runOrgActionFromForm } from "@/lib/features/access/action-form";
import type { ActionResult } from "@/lib/platform/http/action-result";
import { openBillingPortal, startCheckout } from "@/lib/features/billing/checkout";

type State = ActionResult<unknown> | null;

export async function startCheckoutAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  const result = await runOrgActionFromForm(startCheckout, formData);
  if (result.ok) redirect(result.data.url);
  return result;
}

export async function openBillingPortalAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  const result = await runOrgActionFromForm(openBillingPortal, formData);
  if (result.ok) redirect(result.data.url);
  return result;
}
