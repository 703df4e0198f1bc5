import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { db } from "../db/prisma.ts";
import { currentUser } from "./session.ts";
import type { OrgAction } from "./org-action.ts";
import { fail, type ActionResult } from "../http/action-result.ts";

/**
 * Runs an organisation action from a form post. The form names its organisation in a hidden
 * "org" field; the action's guard checks the caller's membership and role there, so a forged
 * field only ever reaches an organisation the caller belongs to.
 */
export async function runOrgActionFromForm<S extends z.ZodType, T>(action: OrgAction<S, T>, formData: FormData): Promise<ActionResult<T>> {
  // A hand-made request can call an action with anything as its arguments; refuse, do not throw.
  if (!(formData instanceof FormData)) return fail(400, "This form could not be read. Reload the page and try again.");
  const { org, ...fields } = Object.fromEntries(formData.entries());
  const orgSlug = typeof org === "string" ? org : "";
  const result = await action.invoke(db, await currentUser(), orgSlug, stripActionKeys(fields));
  if (result.ok) revalidatePath(`/${orgSlug}`, "layout");
  return result;
}

/** Next adds $ACTION_* entries to server-action form data; they are not user input. */
export function stripActionKeys(fields: Record<string, FormDataEntryValue>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) if (!k.startsWith("$ACTION") && typeof v === "string") out[k] = v;
  return out;
}
