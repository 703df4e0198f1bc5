"use server";
import { unreadableForm } from "@/lib/platform/http/action-result";
// Server actions of the bank's access grants (settings page). Each delegates to one guarded action.
import { runOrgActionFromForm } from "@/lib/features/access/action-form";
import type { ActionResult } from "@/lib/platform/http/action-result";
import { grantAccess, revokeGrant } from "@/lib/features/grants/actions";
import { updateAnonymityThreshold } from "@/lib/features/org/organizations";

type State = ActionResult<unknown> | null;

export async function grantAccessAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(grantAccess, formData);
}

export async function revokeGrantAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(revokeGrant, formData);
}

export async function updateAnonymityThresholdAction(_prev: State, formData: FormData) {
  return runOrgActionFromForm(updateAnonymityThreshold, formData);
}
