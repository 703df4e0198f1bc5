"use server";
import { unreadableForm } from "@/lib/platform/http/action-result";
// Server actions of the bank's access grants (settings page). Each delegates to one guarded action.
import { runOrgActionFromForm } from "@/lib/features/access/action-form";
import type { ActionResult } from "@/lib/platform/http/action-result";
import { grantAccess, revokeGrant } from "@/lib/features/grants/actions";
import { updateAnonymityThreshold, updateDefaultLanguage } from "@/lib/features/org/organizations";
import { setTwoFactorPolicy } from "@/lib/features/org/account-security";

type State = ActionResult<unknown> | null;

export async function grantAccessAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(grantAccess, formData);
}

export async function revokeGrantAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(revokeGrant, formData);
}

export async function updateDefaultLanguageAction(_prev: State, formData: FormData) {
  return runOrgActionFromForm(updateDefaultLanguage, formData);
}

export async function updateAnonymityThresholdAction(_prev: State, formData: FormData) {
  return runOrgActionFromForm(updateAnonymityThreshold, formData);
}

export async function setTwoFactorPolicyAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(setTwoFactorPolicy, formData);
}
