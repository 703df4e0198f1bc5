"use server";
import { unreadableForm } from "@/lib/platform/http/action-result";
// Server actions of the portfolio pages; each delegates to one guarded action definition.
import { redirect } from "next/navigation";
import { runOrgActionFromForm } from "@/lib/features/access/action-form";
import type { ActionResult } from "@/lib/platform/http/action-result";
import { addClientRespondents, createClientAssessment } from "@/lib/features/portfolio/actions";

type State = ActionResult<unknown> | null;

export async function createClientAssessmentAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  // Checkbox groups arrive as repeated fields; the schema takes a comma-separated list.
  formData.set("modules", formData.getAll("modules").join(","));
  const result = await runOrgActionFromForm(createClientAssessment, formData);
  if (result.ok) redirect(`/${formData.get("org")}/clients/${formData.get("bank")}/assessments/${result.data.id}`);
  return result;
}

export async function addClientRespondentsAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(addClientRespondents, formData);
}
