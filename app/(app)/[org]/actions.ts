"use server";
import { unreadableForm } from "@/lib/platform/http/action-result";
// Server actions of an organisation's pages. Each delegates to one guarded action definition.
import { runOrgActionFromForm } from "@/lib/features/access/action-form";
import type { ActionResult } from "@/lib/platform/http/action-result";
import { changeRole, removeMember } from "@/lib/features/org/members";
import { issueMemberPasswordReset, resetMemberTwoFactor } from "@/lib/features/org/account-security";
import { inviteMember, revokeInvitation } from "@/lib/features/org/invitations";
import { updateOrganization } from "@/lib/features/org/organizations";

type State = ActionResult<unknown> | null;

export async function updateOrganizationAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(updateOrganization, formData);
}

export async function inviteMemberAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(inviteMember, formData);
}

export async function revokeInvitationAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(revokeInvitation, formData);
}

export async function changeRoleAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(changeRole, formData);
}

export async function removeMemberAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(removeMember, formData);
}

// POST members page (owners) – removes a member's second factor; their sessions end.
export async function resetMemberTwoFactorAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(resetMemberTwoFactor, formData);
}

// POST members page (owners) – a one-time password-reset link for a member, shown once.
export async function issueMemberPasswordResetAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(issueMemberPasswordReset, formData);
}
