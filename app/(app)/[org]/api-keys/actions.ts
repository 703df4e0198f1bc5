"use server";
import { unreadableForm } from "@/lib/platform/http/action-result";
// Server actions of the API keys page; each delegates to one guarded action definition (lib/features/api-keys/keys.ts).
import { runOrgActionFromForm } from "@/lib/features/access/action-form";
import type { ActionResult } from "@/lib/platform/http/action-result";
import { createApiKey, revokeApiKey } from "@/lib/features/api-keys/keys";

type State = ActionResult<unknown> | null;

export async function createApiKeyAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(createApiKey, formData);
}

export async function revokeApiKeyAction(_prev: State, formData: FormData) {
  if (!(formData instanceof FormData)) return unreadableForm();
  return runOrgActionFromForm(revokeApiKey, formData);
}
