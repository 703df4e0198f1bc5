"use server";
import { unreadableForm } from "@/lib/platform/http/action-result";
// Server actions of the ISM-study pages; each delegates to one guarded action definition.
import { redirect } from "next/navigation";
import { runOrgActionFromForm } from "@/lib/features/access/action-form";
import type { ActionResult } from "@/lib/platform/http/action-result";
import {
  addIsmExperts,
  adoptIsmModel,
  closeIsmStudy,
  createIsmStudy,
  reopenIsmStudy,
  resetIsmModel,
  revokeIsmExpert,
} from "@/lib/features/ism-studies/manage";

type State = ActionResult<unknown> | null;

export async function createIsmStudyAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  const result = await runOrgActionFromForm(createIsmStudy, formData);
  if (result.ok) redirect(`/${formData.get("org")}/ism-studies/${result.data.id}`);
  return result;
}

export async function addIsmExpertsAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(addIsmExperts, formData);
}

export async function revokeIsmExpertAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(revokeIsmExpert, formData);
}

export async function changeIsmStudyStatusAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  const action = formData.get("change") === "close" ? closeIsmStudy : formData.get("change") === "reopen" ? reopenIsmStudy : null;
  if (!action) return { ok: false, status: 422, error: "Unknown status change." } as const;
  return runOrgActionFromForm(action, formData);
}

export async function adoptIsmModelAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(adoptIsmModel, formData);
}

export async function resetIsmModelAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(resetIsmModel, formData);
}
