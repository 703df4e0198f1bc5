"use server";
// Server actions of the what-if section; each delegates to one guarded action definition (lib/features/what-if/actions.ts).
import { runOrgActionFromForm } from "@/lib/features/access/action-form";
import { unreadableForm, type ActionResult } from "@/lib/platform/http/action-result";
import {
  compareWhatIfScenarios,
  deleteWhatIfScenario,
  projectWhatIf,
  renameWhatIfScenario,
  saveWhatIfScenario,
  whatIfToInitiatives,
} from "@/lib/features/what-if/actions";

type State = ActionResult<unknown> | null;

export async function projectWhatIfAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(projectWhatIf, formData);
}

export async function compareWhatIfAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(compareWhatIfScenarios, formData);
}

export async function saveWhatIfAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(saveWhatIfScenario, formData);
}

export async function renameWhatIfAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(renameWhatIfScenario, formData);
}

export async function deleteWhatIfAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(deleteWhatIfScenario, formData);
}

export async function whatIfToInitiativesAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(whatIfToInitiatives, formData);
}
