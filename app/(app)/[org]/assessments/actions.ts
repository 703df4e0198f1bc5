"use server";
import { unreadableForm } from "@/lib/platform/http/action-result";
// Server actions of the assessment pages; each delegates to one guarded action definition.
import { redirect } from "next/navigation";
import { runOrgActionFromForm } from "@/lib/features/access/action-form";
import type { ActionResult } from "@/lib/platform/http/action-result";
import {
  addRespondents,
  closeAssessment,
  createAssessment,
  publishAssessment,
  remindRespondents,
  reopenAssessment,
  revokeRespondent,
} from "@/lib/features/assessments/manage";
import { reissueRespondentLink } from "@/lib/features/assessments/link-rotation";
import { updateAssessmentSchedule } from "@/lib/features/assessments/schedule";

type State = ActionResult<unknown> | null;

export async function createAssessmentAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  // Checkbox groups arrive as repeated fields; the schema takes a comma-separated list.
  formData.set("modules", formData.getAll("modules").join(","));
  const result = await runOrgActionFromForm(createAssessment, formData);
  if (result.ok) redirect(`/${formData.get("org")}/assessments/${result.data.id}`);
  return result;
}

export async function addRespondentsAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(addRespondents, formData);
}

export async function remindRespondentsAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(remindRespondents, formData);
}

export async function revokeRespondentAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(revokeRespondent, formData);
}

export async function reissueLinkAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(reissueRespondentLink, formData);
}

const statusActions = { close: closeAssessment, reopen: reopenAssessment, publish: publishAssessment } as const;

export async function changeAssessmentStatusAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  const which = formData.get("change");
  const action = typeof which === "string" && which in statusActions ? statusActions[which as keyof typeof statusActions] : null;
  if (!action) return { ok: false, status: 422, error: "Unknown status change." } as const;
  return runOrgActionFromForm(action, formData);
}

export async function updateScheduleAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  // Checkboxes arrive as repeated fields; the schema takes a comma-separated list.
  formData.set("daysBefore", formData.getAll("daysBefore").join(","));
  return runOrgActionFromForm(updateAssessmentSchedule, formData);
}
