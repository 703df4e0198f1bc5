"use server";
// Server actions of the API keys page; each delegates to one guarded action definition (lib/api/keys.ts).
import { runOrgActionFromForm } from "@/lib/auth/run-org-action";
import type { ActionResult } from "@/lib/auth/action-result";
import { createApiKey, revokeApiKey } from "@/lib/api/keys";

type State = ActionResult<unknown> | null;

export async function createApiKeyAction(_prev: State, formData: FormData) {
  return runOrgActionFromForm(createApiKey, formData);
}

export async function revokeApiKeyAction(_prev: State, formData: FormData) {
  return runOrgActionFromForm(revokeApiKey, formData);
}
