"use server";
// Server actions of the action plan; each delegates to one guarded action definition (lib/features/action-plan/actions.ts).
import { redirect } from "next/navigation";
import { runOrgActionFromForm } from "@/lib/features/access/action-form";
import { unreadableForm, type ActionResult } from "@/lib/platform/http/action-result";
import {
  changeInitiativeStatus,
  createInitiative,
  createInitiativeFromRoadmap,
  deleteInitiative,
  updateInitiative,
} from "@/lib/features/action-plan/actions";

type State = ActionResult<unknown> | null;

const orgOf = (formData: FormData) => encodeURIComponent(String(formData.get("org") ?? ""));

export async function createInitiativeAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  const result = await runOrgActionFromForm(createInitiative, formData);
  if (result.ok) redirect(`/${orgOf(formData)}/plan`);
  return result;
}

export async function addRoadmapItemToPlanAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(createInitiativeFromRoadmap, formData);
}

export async function updateInitiativeAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(updateInitiative, formData);
}

export async function changeInitiativeStatusAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(changeInitiativeStatus, formData);
}

export async function deleteInitiativeAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  const result = await runOrgActionFromForm(deleteInitiative, formData);
  if (result.ok) redirect(`/${orgOf(formData)}/plan`);
  return result;
}
