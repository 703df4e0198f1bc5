import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { db } from "../../platform/db/prisma.ts";
import { currentUser } from "../../platform/access/session.ts";
import { stripActionKeys } from "../../platform/http/form-fields.ts";
import { fail, type ActionResult } from "../../platform/http/action-result.ts";
import type { OrgAction } from "./action.ts";

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
  // A read (a what-if projection) changes nothing: refreshing the pages would only cost a re-render.
  if (result.ok && action.mutates) revalidatePath(`/${orgSlug}`, "layout");
  return result;
}
